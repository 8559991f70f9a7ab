package dev.ryugaku.web.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before something is deleted, cancelled or stopped: the header names the thing, the text says
 * what follows, the red button says what happens, and 戻る (or Esc) leaves everything as it was.
 */
public final class Confirmation {

    private Confirmation() {
    }

    /** An open question; {@code confirmed} runs only when the red button is pressed. */
    public static ConfirmDialog ask(Component source, String header, String text, String confirmText,
                                    Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(source.getTranslation("action.back"));
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> confirmed.run());
        dialog.open();
        return dialog;
    }
}
