package dev.ryugaku.web.checkin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.ryugaku.core.checkin.calendar.CalendarFeeds;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.support.Confirmation;
import dev.ryugaku.web.support.PublicLinks;
import dev.ryugaku.web.support.Notifications;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * カレンダー連携 in the settings: the person's secret calendar address for their check-ins —
 * whether one works, a new one (shown once), and revoking it.
 */
public class CalendarFeedSection extends Div {

    private final CalendarFeeds feeds;
    private final PublicLinks links;
    private final ZoneId viewerZone;

    public CalendarFeedSection(CalendarFeeds feeds, PublicLinks links, ZoneId viewerZone) {
        this.feeds = feeds;
        this.links = links;
        this.viewerZone = viewerZone;
        setId("calendar-feed");
        setWidthFull();
        render(null);
    }

    /** Draws the section; {@code newAddress} is the address just created, shown this once. */
    private void render(String newAddress) {
        removeAll();
        Optional<Instant> activeSince = feeds.activeSince();
        add(new H2(getTranslation("calendarFeed.title")), new Paragraph(getTranslation("calendarFeed.explanation")));
        Paragraph state = new Paragraph(activeSince
                .map(since -> getTranslation("calendarFeed.state.active", Formats.dateTime(since, viewerZone, getLocale())))
                .orElseGet(() -> getTranslation("calendarFeed.state.none")));
        state.setId("calendar-feed-state");
        add(state);
        if (newAddress != null) {
            TextField address = new TextField(getTranslation("calendarFeed.url"));
            address.setId("calendar-feed-url");
            address.setValue(newAddress);
            address.setReadOnly(true);
            address.setHelperText(getTranslation("calendarFeed.url.hint"));
            address.setWidthFull();
            add(address);
        }
        Button create = new Button(getTranslation(activeSince.isPresent() ? "calendarFeed.recreate" : "calendarFeed.create"),
                click -> {
                    if (activeSince.isPresent()) {
                        confirm("calendarFeed.recreate", this::create);
                    } else {
                        create();
                    }
                });
        create.setId("calendar-feed-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(create);
        if (activeSince.isPresent()) {
            Button revoke = new Button(getTranslation("calendarFeed.revoke"), click -> confirm("calendarFeed.revoke", this::revoke));
            revoke.setId("calendar-feed-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(revoke);
        }
        add(actions);
    }

    private void create() {
        String token = feeds.create();
        render(links.calendarFeed(token));
        Notifications.success(getTranslation("calendarFeed.created"));
    }

    private void revoke() {
        feeds.revoke();
        render(null);
        Notifications.success(getTranslation("calendarFeed.revoked"));
    }

    /** Asks before an action that stops the current address: {@code action} names the header, text and button. */
    private void confirm(String action, Runnable confirmed) {
        Confirmation.ask(this, getTranslation(action + ".header"), getTranslation(action + ".text"),
                getTranslation(action), confirmed);
    }
}
