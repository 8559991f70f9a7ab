package dev.ryugaku.web.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/** Typed input is never dropped silently: leaving a form with unsaved changes asks first. */
public final class UnsavedChanges {

    private UnsavedChanges() {
    }

    public static void confirmLeaving(Component form, BeforeLeaveEvent event) {
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(form.getTranslation("editor.unsaved.header"));
        dialog.setText(form.getTranslation("editor.unsaved.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(form.getTranslation("editor.unsaved.stay"));
        dialog.setConfirmText(form.getTranslation("editor.unsaved.discard"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> action.proceed());
        dialog.open();
    }
}
