package dev.ryugaku.web.skill;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.skill.AssessmentPhase;
import dev.ryugaku.core.skill.AssessmentSide;
import dev.ryugaku.core.skill.AssessmentStatus;
import dev.ryugaku.core.skill.AssessmentView;
import dev.ryugaku.core.skill.PhaseSheet;
import dev.ryugaku.core.skill.PhaseWindow;
import dev.ryugaku.core.skill.SkillAssessmentService;
import dev.ryugaku.core.skill.SkillGrowthService;
import dev.ryugaku.core.skill.SkillLevel;
import dev.ryugaku.core.skill.SkillRef;
import dev.ryugaku.core.skill.SkillSheet;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.Breadcrumbs;
import dev.ryugaku.web.navigation.EnrollmentPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.SkillPages;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.PageEntry;
import dev.ryugaku.web.support.UnsavedChanges;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * スキル評価: one rotation's skill assessments. The participant rates themselves and a mentor rates
 * them at START, MID and END, each in its window; either side reads the other's ratings of a phase
 * once both have submitted it; owners read everything. Below, the growth across the phases.
 * {@code /skills} is the signed-in participant's own rotation, {@code /enrollments/{id}/skills}
 * any rotation the reader may see; {@code ?phase=MID} picks the phase.
 */
@Route("skills")
@RouteAlias("enrollments/:enrollmentId(\\d+)/skills")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
class SkillsView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String ID = "enrollmentId";
    static final String PHASE = "phase";

    private final SkillAssessmentService assessments;
    private final SkillGrowthService growth;
    private final CurrentUser currentUser;
    private SkillSheet sheet;
    private AssessmentPhase shown;
    private AssessmentForm form;

    SkillsView(SkillAssessmentService assessments, SkillGrowthService growth, CurrentUser currentUser) {
        this.assessments = assessments;
        this.growth = growth;
        this.currentUser = currentUser;
        setMaxWidth("80em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = PageEntry.rotation(event, ID, assessments::myRotation);
        removeAll();
        form = null;
        if (id.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("skill.page.noRotation"));
            none.setId("skills-none");
            add(none);
            return;
        }
        Optional<SkillSheet> loaded = PageEntry.orNotFound(event, () -> assessments.sheet(id.get()));
        if (loaded.isEmpty()) {
            return;
        }
        sheet = loaded.get();
        shown = event.getLocation().getQueryParameters().getSingleParameter(PHASE)
                .flatMap(SkillsView::parsePhase).orElseGet(this::defaultPhase);
        render();
    }

    private static Optional<AssessmentPhase> parsePhase(String text) {
        return Arrays.stream(AssessmentPhase.values()).filter(p -> p.name().equalsIgnoreCase(text)).findFirst();
    }

    /** The phase the reader can write now; else the one whose window is open; else the latest with anything in it. */
    private AssessmentPhase defaultPhase() {
        LocalDate today = currentUser.today();
        return sheet.phases().stream().filter(PhaseSheet::mayWrite).map(PhaseSheet::phase).findFirst()
                .or(() -> sheet.phases().stream().filter(p -> p.window().isOpen(today)).map(PhaseSheet::phase).findFirst())
                .or(() -> sheet.phases().reversed().stream().filter(p -> p.self() != null || p.mentor() != null)
                        .map(PhaseSheet::phase).findFirst())
                .orElse(AssessmentPhase.START);
    }

    private void render() {
        removeAll();
        add(Breadcrumbs.fromHome().rotation(sheet.enrollmentId(), sheet.personName(), sheet.cohortName())
                .here(getTranslation("breadcrumbs.skills")));
        add(new H2(getTranslation("skill.page.heading", sheet.personName(), sheet.cohortName())));
        RouterLink back = Pages.link(getTranslation("skill.page.toEnrollment"),
                EnrollmentPages.rotation(sheet.enrollmentId()));
        back.setId("skills-to-enrollment");
        add(back);
        add(overview());
        add(levelGuide());
        add(phaseChooser());
        add(phasePanel(sheet.phase(shown)));
        add(new GrowthSection(growth.participantGrowth(sheet.enrollmentId())));
    }

    /** Each phase with its window and how far each side is. */
    private Component overview() {
        Div phases = new Div();
        phases.addClassName("skill-phases");
        phases.setId("skill-phases");
        LocalDate today = currentUser.today();
        for (PhaseSheet phase : sheet.phases()) {
            Div card = new Div();
            card.addClassName("skill-phase");
            card.setId("phase-" + phase.phase().name());
            PhaseWindow window = phase.window();
            String state = window.isOpen(today) ? "skill.window.open" : window.isUpcoming(today) ? "skill.window.upcoming"
                    : "skill.window.closed";
            if (window.isOpen(today)) {
                card.addClassName("phase-open");
            }
            card.add(new H4(getTranslation(phase.phase().messageKey())),
                    new Div(new Span(getTranslation(state, Formats.period(window.opens(), window.closes(), getLocale())))),
                    new Div(new Span(sideStatus(AssessmentSide.SELF, phase.selfStatus()))),
                    new Div(new Span(sideStatus(AssessmentSide.MENTOR, phase.mentorStatus()))));
            phases.add(card);
        }
        return phases;
    }

    private String sideStatus(AssessmentSide side, AssessmentStatus status) {
        return getTranslation("skill.sideStatus", getTranslation(side.messageKey()),
                getTranslation(status == null ? "skill.status.NONE" : status.messageKey()));
    }

    private Component levelGuide() {
        UnorderedList levels = new UnorderedList();
        for (SkillLevel level : SkillLevel.values()) {
            levels.add(new ListItem(getTranslation("skill.level.option", level.value(), getTranslation(level.messageKey()),
                    getTranslation(level.descriptionKey()))));
        }
        Details guide = new Details(getTranslation("skill.levels.title"), levels);
        guide.setId("skill-levels");
        return guide;
    }

    private Component phaseChooser() {
        Select<AssessmentPhase> chooser = new Select<>();
        chooser.setId("skill-phase");
        chooser.setLabel(getTranslation("skill.phase.choose"));
        chooser.setItems(AssessmentPhase.values());
        chooser.setItemLabelGenerator(phase -> getTranslation(phase.messageKey()));
        chooser.setValue(shown);
        chooser.addValueChangeListener(change -> {
            if (change.getValue() != null && change.getValue() != shown) {
                Pages.navigate(SkillPages.rotation(sheet.enrollmentId()), QueryParameters.of(PHASE, change.getValue().name()));
            }
        });
        return chooser;
    }

    /** The reader's form when they can write the phase now, else the phase's ratings as the reader may see them. */
    private Component phasePanel(PhaseSheet phase) {
        Div panel = new Div();
        panel.setId("phase-panel");
        panel.setWidthFull();
        if (phase.mayWrite()) {
            form = new AssessmentForm(assessments, sheet, phase, this::reload);
            panel.add(form);
            return panel;
        }
        panel.add(new H3(getTranslation("skill.phase.heading", getTranslation(phase.phase().messageKey()))));
        whyReadOnly(phase).ifPresent(reason -> {
            Paragraph note = new Paragraph(reason);
            note.setId("skill-read-only");
            panel.add(note);
        });
        for (AssessmentSide side : AssessmentSide.values()) {
            if (phase.of(side) == null && phase.statusOf(side) != null) {
                Paragraph hidden = new Paragraph(getTranslation("skill.phase.hidden", getTranslation(side.messageKey())));
                hidden.addClassName("skill-hidden");
                hidden.setId("skill-hidden-" + side.name());
                panel.add(hidden);
            }
        }
        if (phase.self() != null || phase.mentor() != null) {
            panel.add(ratingsGrid(phase));
        }
        return panel;
    }

    private Optional<String> whyReadOnly(PhaseSheet phase) {
        if (sheet.writes() == null) {
            return Optional.empty();
        }
        LocalDate today = currentUser.today();
        PhaseWindow window = phase.window();
        if (phase.statusOf(sheet.writes()) == AssessmentStatus.SUBMITTED) {
            return Optional.of(getTranslation("skill.phase.submitted"));
        }
        if (window.isUpcoming(today)) {
            return Optional.of(getTranslation("skill.phase.notOpenYet", Formats.date(window.opens(), getLocale())));
        }
        if (window.isOver(today)) {
            return Optional.of(getTranslation("skill.phase.closed", Formats.date(window.closes(), getLocale())));
        }
        return Optional.of(getTranslation("skill.phase.withdrawn"));
    }

    private Grid<SkillRef> ratingsGrid(PhaseSheet phase) {
        Grid<SkillRef> grid = new Grid<>();
        grid.setId("phase-ratings");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(skill -> skill.name(getLocale())).setHeader(getTranslation("skill.field.name")).setFlexGrow(2);
        for (AssessmentSide side : AssessmentSide.values()) {
            AssessmentView view = phase.of(side);
            if (view == null) {
                continue;
            }
            String header = view.isSubmitted() ? getTranslation("skill.phase.columnSubmitted", getTranslation(side.messageKey()),
                    view.authorName(), Formats.date(view.submittedAt().atZone(currentUser.zone()).toLocalDate(), getLocale()))
                    : getTranslation("skill.phase.columnDraft", getTranslation(side.messageKey()), view.authorName());
            grid.addColumn(skill -> level(view.ratings(), skill)).setHeader(header).setFlexGrow(2);
            grid.addColumn(skill -> comment(view.ratings(), skill)).setHeader(getTranslation("skill.form.comment"))
                    .setFlexGrow(3);
        }
        grid.setItems(sheet.skills());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String level(Map<Long, AssessmentView.RatingView> ratings, SkillRef skill) {
        AssessmentView.RatingView rating = ratings.get(skill.id());
        return rating == null ? getTranslation("skill.none")
                : getTranslation("skill.level.short", rating.level(), getTranslation(SkillLevel.of(rating.level()).messageKey()));
    }

    private String comment(Map<Long, AssessmentView.RatingView> ratings, SkillRef skill) {
        AssessmentView.RatingView rating = ratings.get(skill.id());
        return rating == null || rating.comment() == null ? "" : rating.comment();
    }

    private void reload() {
        sheet = assessments.sheet(sheet.enrollmentId());
        form = null;
        render();
    }

    /** The assessment form of the page, if the reader can write now: for tests. */
    AssessmentForm form() {
        return form;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (form != null && form.hasChanges()) {
            UnsavedChanges.confirmLeaving(this, event);
        }
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? getTranslation("skill.page.title")
                : getTranslation("skill.page.pageTitle", sheet.personName(), sheet.cohortName());
    }
}
