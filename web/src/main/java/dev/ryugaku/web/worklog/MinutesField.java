package dev.ryugaku.web.worklog;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.Normalizer;
import java.util.Optional;

/**
 * A week-grid cell: minutes as text. A number field drops letters (and full-width digits typed
 * through a Japanese input method) without a word; this one keeps what was typed, reads １２０ as
 * 120, and says beside itself when the text is not a whole number.
 */
class MinutesField extends TextField {

    MinutesField() {
        addClassName("week-cell");
        addThemeVariants(TextFieldVariant.ALIGN_RIGHT);
        // a phone shows its number pad; the field still takes whatever is typed or pasted
        getElement().setAttribute("inputmode", "numeric");
        setValueChangeMode(ValueChangeMode.ON_BLUR);
        addValueChangeListener(changed -> markIfUnreadable());
    }

    void setMinutes(int minutes) {
        setValue(minutes == 0 ? "" : Integer.toString(minutes));
    }

    /** The minutes typed, empty for a blank cell; a text that is not a whole number is read as empty here, see {@link #unreadable()}. */
    Optional<Integer> minutes() {
        return parse(getValue());
    }

    /** Text that is not a whole number must not count as an empty cell (that would delete its minutes). */
    boolean unreadable() {
        return !normalized(getValue()).isEmpty() && parse(getValue()).isEmpty();
    }

    /** Marks the cell when its text cannot be read; true if so. */
    boolean markIfUnreadable() {
        if (unreadable()) {
            setErrorMessage(getTranslation("worklog.cell.notANumber"));
            setInvalid(true);
            return true;
        }
        if (isInvalid() && getTranslation("worklog.cell.notANumber").equals(getErrorMessage())) {
            setInvalid(false);
            setErrorMessage(null);
        }
        return false;
    }

    static Optional<Integer> parse(String text) {
        String minutes = normalized(text);
        if (!minutes.matches("[0-9]{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(minutes));
    }

    private static String normalized(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
