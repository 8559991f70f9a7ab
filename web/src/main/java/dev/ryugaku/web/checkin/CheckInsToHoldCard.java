package dev.ryugaku.web.checkin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.ryugaku.core.checkin.CheckInToHold;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.CheckInPages;
import dev.ryugaku.web.navigation.Pages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import dev.ryugaku.web.support.PhoneCards;

/** On the mentor's home: check-ins to hold this week and those not recorded yet, each linked to its page. */
public class CheckInsToHoldCard extends Div {

    public CheckInsToHoldCard(List<CheckInToHold> checkIns, ZoneId zone, Instant now) {
        addClassName("home-card");
        setId("check-ins-to-hold");
        add(new H3(getTranslation("checkin.toHold.title")));
        Grid<CheckInToHold> grid = new Grid<>();
        grid.setId("check-ins-to-hold-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(c -> Pages.link(Formats.dateTime(c.scheduledAt(), zone, getLocale()),
                CheckInPages.checkIn(c.id())))).setHeader(getTranslation("checkin.when"));
        grid.addColumn(CheckInToHold::participantName).setHeader(getTranslation("enrollment.field.person"));
        grid.addColumn(new ComponentRenderer<>(c -> state(c, now))).setHeader(getTranslation("checkin.status"));
        grid.addColumn(c -> c.participantNote() == null ? "" : c.participantNote())
                .setHeader(getTranslation("checkin.participantNote.title")).setFlexGrow(2);
        PhoneCards.apply(grid);
        grid.setItems(checkIns);
        grid.setEmptyStateText(getTranslation("checkin.toHold.none"));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Span state(CheckInToHold checkIn, Instant now) {
        if (checkIn.isOverdue(now)) {
            Span overdue = new Span(getTranslation("checkin.toHold.notRecorded"));
            overdue.addClassName("attention-reason");
            return overdue;
        }
        return new Span(getTranslation("checkin.status.SCHEDULED"));
    }
}
