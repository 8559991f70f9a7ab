package dev.ryugaku.web.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action, in the user's language. */
public final class Notifications {

    private static final int DURATION_MS = 5000;

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification notification = Notification.show(text, DURATION_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Tells the user why an action was refused; shown longer, in the middle, so that it is not missed. */
    public static Notification failure(Component source, Throwable failure) {
        return error(source.getTranslation(UserMessages.keyFor(failure)));
    }

    public static Notification error(String text) {
        Notification notification = Notification.show(text, 2 * DURATION_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("error-notification");
        return notification;
    }
}
