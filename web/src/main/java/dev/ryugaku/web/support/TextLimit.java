package dev.ryugaku.web.support;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Objects;

/**
 * A text's length limit as the user meets it. The browser's {@code maxlength} cuts a paste short
 * without a word, so the field takes any length, says beside itself when the text is too long, and
 * the service's rule (the same limit) refuses to save it. Long texts (text areas) count as you type.
 */
public final class TextLimit {

    private final TextFieldBase<?, String> field;
    private final int max;
    private final boolean counted;
    /** The view's own helper text, kept before the counter even when the view sets it later. */
    private String helper;
    private String shown;
    private boolean markedTooLong;

    private TextLimit(TextFieldBase<?, String> field, int max) {
        this.field = field;
        this.max = max;
        this.counted = field instanceof TextArea;
        this.helper = field.getHelperText();
    }

    public static void apply(TextFieldBase<?, String> field, int max) {
        TextLimit limit = new TextLimit(field, max);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(changed -> limit.show());
        limit.show();
    }

    private void show() {
        int length = field.getValue() == null ? 0 : field.getValue().length();
        if (counted) {
            if (!Objects.equals(field.getHelperText(), shown)) {
                helper = field.getHelperText();
            }
            String counter = field.getTranslation("field.counter", length, max);
            shown = helper == null || helper.isBlank() ? counter : helper + " " + counter;
            field.setHelperText(shown);
        }
        if (length > max) {
            field.setErrorMessage(field.getTranslation("field.tooLong", max, length - max));
            field.setInvalid(true);
            markedTooLong = true;
        } else if (markedTooLong) {
            field.setInvalid(false);
            markedTooLong = false;
        }
    }
}
