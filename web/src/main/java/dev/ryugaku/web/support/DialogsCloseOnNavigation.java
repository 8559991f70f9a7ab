package dev.ryugaku.web.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A dialog opened on a page closes when the user goes to another page (the browser's back button
 * works while a modal dialog is open). Vaadin keeps an opened dialog attached to the UI until it is
 * closed, and the dialog holds the page that opened it (its save action reloads that page): left
 * open, both stayed in the session for as long as it lasted (decision 0027).
 */
@Component
class DialogsCloseOnNavigation implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // before the new page is entered: a dialog the new page opens for itself stays open
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> closeDialogs(init.getUI())));
    }

    static void closeDialogs(UI ui) {
        ui.getChildren().toList().forEach(child -> {
            if (child instanceof Dialog dialog) {
                dialog.close();
            } else if (child instanceof ConfirmDialog confirm) {
                confirm.close();
            }
        });
    }
}
