package dev.ryugaku.web.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.stream.Stream;

/**
 * A form dialog's keys: Enter presses its save button (Ctrl/⌘+Enter inside a multi-line text, where
 * Enter starts a new line; never while a Japanese input method is still composing), and Esc or a click
 * outside closes it only when nothing was typed — otherwise it asks before throwing the input away.
 * Call after the dialog's fields are added.
 */
public final class DialogKeys {

    static final String SAVE_ATTRIBUTE = "data-dialog-save";

    private static final String ENTER_SAVES = """
            const dialog = this;
            if (!dialog.__ryugakuEnter) {
              dialog.__ryugakuEnter = true;
              dialog.addEventListener('keydown', event => {
                if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229 || event.altKey || event.shiftKey) {
                  return;
                }
                const target = event.composedPath()[0];
                const multiLine = target instanceof HTMLTextAreaElement;
                const withModifier = event.ctrlKey || event.metaKey;
                if ((multiLine && !withModifier) || (!multiLine && withModifier)
                    || target.closest('button, vaadin-button, vaadin-select, vaadin-combo-box[opened], vaadin-date-picker[opened]')) {
                  return;
                }
                const save = dialog.querySelector('[data-dialog-save]');
                if (save && !save.disabled) {
                  event.preventDefault();
                  save.click();
                }
              });
            }
            """;

    private DialogKeys() {
    }

    public static void apply(Dialog dialog, Button save) {
        save.getElement().setAttribute(SAVE_ATTRIBUTE, true);
        dialog.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                dialog.getElement().executeJs(ENTER_SAVES);
            }
        });
        boolean[] typed = {false};
        fields(dialog).forEach(field -> {
            // every keystroke reaches the server before an Esc that follows it: a value sent only when
            // the field is left would still be in the browser when the dialog decides to close
            if (field instanceof HasValueChangeMode eager) {
                eager.setValueChangeMode(ValueChangeMode.EAGER);
            }
            whenTyped(field, () -> typed[0] = true);
        });
        dialog.addDialogCloseActionListener(closing -> {
            if (!typed[0]) {
                dialog.close();
                return;
            }
            Confirmation.ask(dialog, dialog.getTranslation("dialog.discard.header"),
                    dialog.getTranslation("dialog.discard.text"), dialog.getTranslation("dialog.discard.confirm"),
                    dialog::close);
        });
    }

    private static Stream<HasValue<?, ?>> fields(Component component) {
        Stream<HasValue<?, ?>> self = component instanceof HasValue<?, ?> field ? Stream.of(field) : Stream.empty();
        return Stream.concat(self, component.getChildren().flatMap(DialogKeys::fields));
    }

    /** Only the user's own changes count: a form filled in from the record is nothing to lose. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void whenTyped(HasValue field, Runnable typed) {
        field.addValueChangeListener(changed -> {
            if (((HasValue.ValueChangeEvent<?>) changed).isFromClient()) {
                typed.run();
            }
        });
    }
}
