package dev.ryugaku.web.settings;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.checkin.calendar.CalendarFeeds;
import dev.ryugaku.core.people.Appearances;
import dev.ryugaku.core.people.LocalPasswords;
import dev.ryugaku.core.reminder.ReminderService;
import dev.ryugaku.web.api.AccessTokenSections;
import dev.ryugaku.web.checkin.CalendarFeedSection;
import dev.ryugaku.web.reminder.SlackDeliverySection;
import dev.ryugaku.web.skill.MentorAreasSections;
import dev.ryugaku.web.support.PublicLinks;
import dev.ryugaku.web.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** 設定: each signed-in person's own settings, opened from the user menu: appearance, reminder emails, the calendar feed, a mentor's 得意分野 and the password. */
@Route("settings")
@PermitAll
class SettingsView extends VerticalLayout implements HasDynamicTitle {

    SettingsView(ReminderService reminders, CalendarFeeds calendarFeeds, PublicLinks links, CurrentUser currentUser,
                 LocalPasswords passwords, Appearances appearances, AccessTokenSections accessTokens,
                 MentorAreasSections mentorAreas) {
        setMaxWidth("60em");
        add(new AppearanceSection(appearances));
        add(new ReminderSettingsSection(reminders, currentUser.zone()));
        add(new CalendarFeedSection(calendarFeeds, links, currentUser.zone()));
        add(accessTokens.create(currentUser.zone()));
        add(new SlackDeliverySection(reminders));
        mentorAreas.create().ifPresent(this::add);
        if (passwords.currentPersonHasPassword()) {
            add(new PasswordChangeSection(passwords));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
