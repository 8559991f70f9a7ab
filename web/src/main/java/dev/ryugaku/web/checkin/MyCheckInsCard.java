package dev.ryugaku.web.checkin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.checkin.ActionItemOwner;
import dev.ryugaku.core.checkin.ActionItemRow;
import dev.ryugaku.core.checkin.ActionItemService;
import dev.ryugaku.core.checkin.CheckInRow;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.CheckInPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.support.Notifications;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** On the participant's home: the next check-in (with a prompt to prepare) and the open action items. */
public class MyCheckInsCard extends Div {

    private final CheckInService checkIns;
    private final ActionItemService actionItems;
    private final ZoneId zone;
    private final LocalDate today;

    /** Shows what the home read; after a tick it reads again. */
    public MyCheckInsCard(CheckInService checkIns, ActionItemService actionItems, ZoneId zone, LocalDate today,
                          Optional<CheckInRow> next, List<ActionItemRow> open) {
        this.checkIns = checkIns;
        this.actionItems = actionItems;
        this.zone = zone;
        this.today = today;
        addClassName("home-card");
        setId("my-check-ins");
        render(next, open);
    }

    private void render(Optional<CheckInRow> next, List<ActionItemRow> open) {
        removeAll();
        add(new H3(getTranslation("checkin.mine.title")));
        if (next.isPresent()) {
            CheckInRow checkIn = next.get();
            RouterLink link = Pages.link(getTranslation("checkin.mine.next",
                    Formats.dateTime(checkIn.scheduledAt(), zone, getLocale())), CheckInPages.checkIn(checkIn.id()));
            link.setId("my-next-check-in");
            add(new Paragraph(link));
            if (checkIn.participantNote() == null) {
                add(new Paragraph(getTranslation("checkin.mine.prepare")));
            }
        } else {
            add(new Paragraph(getTranslation("checkin.mine.noneAhead")));
        }
        Div items = new Div();
        items.setId("my-action-items");
        if (open.isEmpty()) {
            items.add(new Paragraph(getTranslation("checkin.mine.noActionItems")));
        }
        for (ActionItemRow item : open) {
            items.add(new ActionItemLine(item, today, item.owner() == ActionItemOwner.PARTICIPANT, this::tick, null));
        }
        add(new H3(getTranslation("checkin.mine.actionItems")), items);
    }

    private void tick(ActionItemRow item, boolean done) {
        try {
            actionItems.markActionItemDone(item.id(), item.version(), done);
            Notifications.success(getTranslation("checkin.mine.ticked"));
        } catch (RuntimeException refused) {
            Notifications.failure(this, refused);
        }
        render(checkIns.myNextCheckIn(), actionItems.myOpenActionItems());
    }
}
