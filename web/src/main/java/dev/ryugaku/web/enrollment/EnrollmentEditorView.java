package dev.ryugaku.web.enrollment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.ryugaku.core.cohort.CohortDetails;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.enrollment.EnrollmentDraft;
import dev.ryugaku.core.enrollment.EnrollmentEdit;
import dev.ryugaku.core.enrollment.EnrollmentRules;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.enrollment.MentorOption;
import dev.ryugaku.core.enrollment.ParticipantOption;
import dev.ryugaku.core.people.TeamRef;
import dev.ryugaku.core.people.TeamService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.skill.MentorMatching;
import dev.ryugaku.core.skill.SkillCatalogService;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.CohortPages;
import dev.ryugaku.web.navigation.EnrollmentPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.skill.MentorSuggestions;
import dev.ryugaku.web.support.DatePickers;
import dev.ryugaku.web.support.Editor;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.TextLimit;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Enrolls a person in a cohort ({@code /cohorts/{id}/enroll}) or edits an enrollment
 * ({@code /enrollments/{id}/edit}); program owners only. Mentors are listed with how many active
 * mentees they already have.
 */
@Route("cohorts/:cohortId(\\d+)/enroll")
@RouteAlias("enrollments/:enrollmentId(\\d+)/edit")
@RolesAllowed(Role.OWNER_NAME)
class EnrollmentEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    /** The cohort to enroll in, on {@code cohorts/{id}/enroll}. */
    private static final String COHORT_ID = "cohortId";

    private final EnrollmentService enrollments;
    private final CohortService cohorts;
    private final Binder<EnrollmentDraft> binder = new Binder<>();
    private final FieldErrors errors = new FieldErrors(this);
    private final Editor<EnrollmentDraft> editor = new Editor<>(this, binder, EnrollmentDraft::new, errors);

    private final ComboBox<ParticipantOption> person = new ComboBox<>(getTranslation("enrollment.field.person"));
    private final ComboBox<TeamRef> homeTeam = new ComboBox<>(getTranslation("enrollment.field.homeTeam"));
    private final ComboBox<MentorOption> primaryMentor = new ComboBox<>(getTranslation("enrollment.field.primaryMentor"));
    private final ComboBox<MentorOption> secondaryMentor = new ComboBox<>(getTranslation("enrollment.field.secondaryMentor"));
    private final TextArea learningGoals = new TextArea(getTranslation("enrollment.field.learningGoals"));
    private final DatePicker startDate = DatePickers.create(getTranslation("enrollment.field.startDate"), getLocale());
    private final DatePicker endDate = DatePickers.create(getTranslation("enrollment.field.endDate"), getLocale());

    private final List<ParticipantOption> participants;
    private final List<MentorOption> mentors;
    private final List<TeamRef> teams;
    private EnrollmentEdit editing;
    private long cohortId;
    private String cohortName;
    private LocalDate cohortStart;
    private LocalDate cohortEnd;

    EnrollmentEditorView(EnrollmentService enrollments, CohortService cohorts, TeamService teamService,
                         MentorMatching matching, SkillCatalogService catalog) {
        this.enrollments = enrollments;
        this.cohorts = cohorts;
        this.participants = enrollments.participantOptions();
        this.mentors = enrollments.mentorOptions();
        this.teams = teamService.all();

        person.setId("enrollment-person");
        person.setItems(participants);
        person.setItemLabelGenerator(p -> p.homeTeamName() == null ? p.displayName()
                : getTranslation("enrollment.personOption", p.displayName(), p.homeTeamName()));
        person.setRequiredIndicatorVisible(true);
        person.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && homeTeam.isEmpty()) {
                homeTeam.setValue(team(change.getValue().homeTeamId()));
            }
        });
        homeTeam.setId("enrollment-home-team");
        homeTeam.setItems(teams);
        homeTeam.setItemLabelGenerator(TeamRef::name);
        homeTeam.setClearButtonVisible(true);
        for (ComboBox<MentorOption> mentor : List.of(primaryMentor, secondaryMentor)) {
            mentor.setItems(mentors);
            mentor.setItemLabelGenerator(m -> getTranslation("enrollment.mentorOption", m.displayName(), m.activeMentees()));
        }
        primaryMentor.setId("enrollment-primary-mentor");
        primaryMentor.setRequiredIndicatorVisible(true);
        secondaryMentor.setId("enrollment-secondary-mentor");
        secondaryMentor.setClearButtonVisible(true);
        learningGoals.setId("enrollment-goals");
        learningGoals.setMinHeight("8em");
        learningGoals.setHelperText(getTranslation("enrollment.field.learningGoals.helper"));
        TextLimit.apply(learningGoals, EnrollmentRules.LEARNING_GOALS_MAX_LENGTH);
        startDate.setId("enrollment-start");
        endDate.setId("enrollment-end");

        binder.forField(person).bind(d -> participants.stream().filter(p -> Objects.equals(p.id(), d.getPersonId()))
                .findFirst().orElse(null), (d, p) -> d.setPersonId(p == null ? null : p.id()));
        binder.forField(homeTeam).bind(d -> team(d.getHomeTeamId()), (d, t) -> d.setHomeTeamId(t == null ? null : t.id()));
        binder.forField(primaryMentor).bind(d -> mentor(d.getPrimaryMentorId()),
                (d, m) -> d.setPrimaryMentorId(m == null ? null : m.id()));
        binder.forField(secondaryMentor).bind(d -> mentor(d.getSecondaryMentorId()),
                (d, m) -> d.setSecondaryMentorId(m == null ? null : m.id()));
        binder.forField(learningGoals).bind(EnrollmentDraft::getLearningGoals, EnrollmentDraft::setLearningGoals);
        binder.forField(startDate).bind(EnrollmentDraft::getStartDate, EnrollmentDraft::setStartDate);
        binder.forField(endDate).bind(EnrollmentDraft::getEndDate, EnrollmentDraft::setEndDate);
        Paragraph formError = new Paragraph();
        formError.setId("enrollment-form-error");
        errors.general(formError).field("personId", person).field("homeTeamId", homeTeam)
                .field("primaryMentorId", primaryMentor).field("secondaryMentorId", secondaryMentor)
                .field("learningGoals", learningGoals).field("startDate", startDate).field("endDate", endDate);

        Button suggest = MentorSuggestions.opener("suggest-mentors", () -> new MentorSuggestions(matching,
                catalog.active(), List.of(), periodStart(), periodEnd(), id -> primaryMentor.setValue(mentor(id))));

        FormLayout form = new FormLayout(person, homeTeam, primaryMentor, secondaryMentor, suggest, startDate, endDate,
                learningGoals);
        form.setColspan(suggest, 2);
        form.setColspan(learningGoals, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-enrollment");
        Button back = new Button(getTranslation("action.back"), click -> leave());
        add(editor.title(), formError, form, new HorizontalLayout(save, back));
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editor.open(event, EnrollmentView.ID, enrollments::openForEdit, opened -> {
            editing = opened;
            cohortId = opened.draft().getCohortId();
            cohortName = opened.cohortName();
            person.setVisible(false);
            CohortDetails cohort = cohorts.get(cohortId);
            cohortStart = cohort.startDate();
            cohortEnd = cohort.endDate();
            editor.show(getTranslation("enrollment.editor.editTitle", opened.personName(), cohortName), opened.draft());
        }, () -> {
            editing = null;
            CohortDetails cohort = cohorts.get(event.getRouteParameters().getLong(COHORT_ID).orElseThrow());
            cohortId = cohort.id();
            cohortName = cohort.name();
            cohortStart = cohort.startDate();
            cohortEnd = cohort.endDate();
            editor.show(getTranslation("enrollment.editor.createTitle", cohortName), new EnrollmentDraft());
            String period = Formats.period(cohort.startDate(), cohort.endDate(), getLocale());
            startDate.setHelperText(getTranslation("enrollment.field.dates.helper", period));
            startDate.setInitialPosition(cohort.startDate());
            endDate.setInitialPosition(cohort.endDate());
        });
    }

    private void save() {
        editor.save(input -> {
            input.setCohortId(cohortId);
            if (editing == null) {
                return enrollments.enroll(input);
            }
            enrollments.update(editing.id(), editing.version(), input);
            return editing.id();
        }, (input, id) -> {
            Notifications.success(getTranslation("enrollment.saved", cohortName));
            Pages.navigate(EnrollmentPages.rotation(id));
        });
    }

    private void leave() {
        Pages.navigate(editing == null ? CohortPages.cohort(cohortId) : EnrollmentPages.rotation(editing.id()));
    }

    /** The rotation's first day as typed, else the cohort's: the period a suggested mentor's load is counted over. */
    private LocalDate periodStart() {
        return startDate.getValue() != null ? startDate.getValue() : cohortStart;
    }

    private LocalDate periodEnd() {
        LocalDate end = endDate.getValue() != null ? endDate.getValue() : cohortEnd;
        return end.isBefore(periodStart()) ? periodStart() : end;
    }

    private TeamRef team(Long id) {
        return teams.stream().filter(t -> Objects.equals(t.id(), id)).findFirst().orElse(null);
    }

    private MentorOption mentor(Long id) {
        return mentors.stream().filter(m -> Objects.equals(m.id(), id)).findFirst().orElse(null);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        editor.confirmLeaving(event);
    }

    @Override
    public String getPageTitle() {
        return editor.pageTitle();
    }
}
