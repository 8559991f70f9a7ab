package dev.ryugaku.web.checkin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.ryugaku.core.checkin.AttentionEntry;
import dev.ryugaku.core.checkin.AttentionReason;
import dev.ryugaku.web.navigation.EnrollmentPages;
import dev.ryugaku.web.navigation.Pages;
import java.util.List;
import dev.ryugaku.web.support.PhoneCards;

/** 要注意: mentees who need attention and why, linked to their rotation. Owners also see the mentor. */
public class AttentionCard extends Div {

    private static final int ROWS_SHOWN_WHOLE = 10;

    public AttentionCard(String id, List<AttentionEntry> entries, boolean showMentor) {
        addClassName("home-card");
        setId(id);
        add(new H3(getTranslation("attention.title")));
        Grid<AttentionEntry> grid = new Grid<>();
        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(e -> Pages.link(e.participantName(),
                EnrollmentPages.rotation(e.enrollmentId())))).setHeader(getTranslation("enrollment.field.person"));
        if (showMentor) {
            grid.addColumn(e -> e.mentorName() == null ? "—" : e.mentorName())
                    .setHeader(getTranslation("enrollment.field.primaryMentor"));
        }
        grid.addColumn(AttentionEntry::cohortName).setHeader(getTranslation("enrollment.field.cohort"));
        grid.addColumn(new ComponentRenderer<>(this::reasons)).setHeader(getTranslation("attention.reasons")).setFlexGrow(3);
        PhoneCards.apply(grid);
        grid.setItems(entries);
        grid.setEmptyStateText(getTranslation("attention.none"));
        if (entries.size() <= ROWS_SHOWN_WHOLE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("28em");
        }
        add(grid);
    }

    private Div reasons(AttentionEntry entry) {
        Div reasons = new Div();
        reasons.addClassName("attention-reasons");
        for (AttentionReason reason : entry.reasons()) {
            Span span = new Span(getTranslation(reason.messageKey()));
            span.addClassName("attention-reason");
            reasons.add(span);
        }
        return reasons;
    }
}
