package dev.ryugaku.web.settings;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.reminder.ReminderService;
import dev.ryugaku.web.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** 設定: the signed-in person's own settings, opened from the user menu. */
@Route("settings")
@PermitAll
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    SettingsView(ReminderService reminders, CurrentUser currentUser) {
        add(new ReminderSettingsSection(reminders, currentUser.zone()));
        setMaxWidth("50em");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
