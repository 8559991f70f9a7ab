package dev.ryugaku.web.intake;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.ryugaku.core.intake.ApplicationView;
import dev.ryugaku.core.skill.SkillRef;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One application as its reader sees it: cohort, person, state and what was said about it. */
class ApplicationCard extends Div {

    ApplicationCard(ApplicationView application, List<SkillRef> skills, boolean showPerson) {
        addClassNames("home-card", "intake-application");
        getElement().setAttribute("data-id", String.valueOf(application.id()));
        String title = showPerson ? application.cohortName() + " — " + application.personName()
                + (application.teamName() == null ? "" : "（" + application.teamName() + "）") : application.cohortName();
        add(new H4(title));
        add(state(application));
        line("intake.field.motivation", application.motivation());
        line("intake.field.skills", skillNames(application, skills, getLocale()));
        line("intake.field.topics", application.topics());
        line("intake.field.preferredPeriod", application.preferredPeriod());
        line("intake.field.managerReason", application.decisionReason());
        line("intake.field.ownerMessage", application.ownerMessage());
    }

    /** The state badge, with "waiting for the manager" where that is what it waits for. */
    static Span state(ApplicationView application) {
        Span badge = new Span();
        badge.addClassNames("intake-state", "status-badge", switch (application.state()) {
            case SELECTED -> "status-active";
            case APPROVED, SUBMITTED, NOMINATED, WAITLISTED -> "status-planned";
            case MANAGER_DECLINED, DECLINED, WITHDRAWN -> "status-cancelled";
        });
        badge.setText(badge.getTranslation(application.awaitsManager() ? "intake.state.AWAITING_MANAGER"
                : application.state().messageKey()) + (application.waitlistPosition() == null ? ""
                : " #" + application.waitlistPosition()));
        return badge;
    }

    static String skillNames(ApplicationView application, List<SkillRef> skills, Locale locale) {
        return skills.stream().filter(s -> application.skillIds().contains(s.id())).map(s -> s.name(locale))
                .collect(Collectors.joining("、"));
    }

    private void line(String key, String text) {
        if (text != null && !text.isBlank()) {
            Paragraph p = new Paragraph(getTranslation(key) + ": " + text);
            p.addClassName("intake-answer");
            add(p);
        }
    }
}
