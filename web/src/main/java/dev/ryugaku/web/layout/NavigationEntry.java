package dev.ryugaku.web.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.cohort.CohortEditorView;
import dev.ryugaku.web.cohort.CohortListView;
import dev.ryugaku.web.dashboard.DashboardView;
import dev.ryugaku.web.home.HomeView;
import dev.ryugaku.web.people.PeopleListView;
import dev.ryugaku.web.people.TeamsView;
import dev.ryugaku.web.skill.SkillCatalogView;
import dev.ryugaku.web.retrospective.FeedbackView;
import dev.ryugaku.web.task.BrokenWindowsView;
import dev.ryugaku.web.task.ReviewsView;
import dev.ryugaku.web.task.TaskBoardView;
import dev.ryugaku.web.worklog.WorkLogView;

/** The side navigation, in order. An entry shows only to people who may open its view. */
enum NavigationEntry {
    HOME("nav.home", "", VaadinIcon.HOME, HomeView.class, false),
    DASHBOARD("nav.dashboard", "dashboard", VaadinIcon.DASHBOARD, DashboardView.class, false),
    COHORTS("nav.cohorts", "cohorts", VaadinIcon.CALENDAR, CohortListView.class, false),
    NEW_COHORT("nav.newCohort", "cohorts/new", VaadinIcon.PLUS, CohortEditorView.class, false),
    TASKS("nav.tasks", "tasks", VaadinIcon.TASKS, TaskBoardView.class, false),
    WORKLOG("nav.worklog", "worklog", VaadinIcon.CLOCK, WorkLogView.class, false, Role.PARTICIPANT_NAME),
    BROKEN_WINDOWS("nav.brokenWindows", "tasks/broken-windows", VaadinIcon.WRENCH, BrokenWindowsView.class, false),
    REVIEWS("nav.reviews", "reviews", VaadinIcon.CHECK_SQUARE_O, ReviewsView.class, false),
    FEEDBACK("nav.feedback", "feedback", VaadinIcon.COMMENTS_O, FeedbackView.class, false),
    PEOPLE("nav.people", "admin/people", VaadinIcon.USERS, PeopleListView.class, true),
    TEAMS("nav.teams", "admin/teams", VaadinIcon.GROUP, TeamsView.class, false),
    SKILLS("nav.skills", "admin/skills", VaadinIcon.ACADEMY_CAP, SkillCatalogView.class, true);

    private final String labelKey;
    private final String path;
    private final VaadinIcon icon;
    private final Class<? extends Component> view;
    private final boolean matchNested;
    private final String onlyForRole;

    NavigationEntry(String labelKey, String path, VaadinIcon icon, Class<? extends Component> view, boolean matchNested) {
        this(labelKey, path, icon, view, matchNested, null);
    }

    /** An entry for one role only, although others may open the view too (e.g. a mentee's work log). */
    NavigationEntry(String labelKey, String path, VaadinIcon icon, Class<? extends Component> view, boolean matchNested,
                    String onlyForRole) {
        this.labelKey = labelKey;
        this.path = path;
        this.icon = icon;
        this.view = view;
        this.matchNested = matchNested;
        this.onlyForRole = onlyForRole;
    }

    String onlyForRole() {
        return onlyForRole;
    }

    String labelKey() {
        return labelKey;
    }

    String path() {
        return path;
    }

    VaadinIcon icon() {
        return icon;
    }

    Class<? extends Component> view() {
        return view;
    }

    boolean matchNested() {
        return matchNested;
    }
}
