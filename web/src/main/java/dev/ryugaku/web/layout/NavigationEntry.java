package dev.ryugaku.web.layout;

import com.vaadin.flow.component.icon.VaadinIcon;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.navigation.CohortPages;
import dev.ryugaku.web.navigation.DashboardPages;
import dev.ryugaku.web.navigation.HomePages;
import dev.ryugaku.web.navigation.PeoplePages;
import dev.ryugaku.web.navigation.RetrospectivePages;
import dev.ryugaku.web.navigation.SkillPages;
import dev.ryugaku.web.navigation.TaskPages;
import dev.ryugaku.web.navigation.WorkLogPages;

/** The side navigation, in order. An entry shows only to people who may open its view. */
enum NavigationEntry {
    HOME("nav.home", HomePages.home(), VaadinIcon.HOME, false),
    DASHBOARD("nav.dashboard", DashboardPages.dashboard(), VaadinIcon.DASHBOARD, false),
    COHORTS("nav.cohorts", CohortPages.list(), VaadinIcon.CALENDAR, false),
    NEW_COHORT("nav.newCohort", CohortPages.newCohort(), VaadinIcon.PLUS, false),
    TASKS("nav.tasks", TaskPages.board(), VaadinIcon.TASKS, false),
    WORKLOG("nav.worklog", WorkLogPages.mine(), VaadinIcon.CLOCK, false, Role.PARTICIPANT_NAME),
    BROKEN_WINDOWS("nav.brokenWindows", TaskPages.brokenWindows(), VaadinIcon.WRENCH, false),
    REVIEWS("nav.reviews", TaskPages.reviews(), VaadinIcon.CHECK_SQUARE_O, false),
    FEEDBACK("nav.feedback", RetrospectivePages.feedback(), VaadinIcon.COMMENTS_O, false),
    PEOPLE("nav.people", PeoplePages.people(), VaadinIcon.USERS, true),
    TEAMS("nav.teams", PeoplePages.teams(), VaadinIcon.GROUP, false),
    SKILLS("nav.skills", SkillPages.catalog(), VaadinIcon.ACADEMY_CAP, true);

    private final String labelKey;
    private final String path;
    private final VaadinIcon icon;
    private final boolean matchNested;
    private final String onlyForRole;

    NavigationEntry(String labelKey, String path, VaadinIcon icon, boolean matchNested) {
        this(labelKey, path, icon, matchNested, null);
    }

    /** An entry for one role only, although others may open the view too (e.g. a mentee's work log). */
    NavigationEntry(String labelKey, String path, VaadinIcon icon, boolean matchNested, String onlyForRole) {
        this.labelKey = labelKey;
        this.path = path;
        this.icon = icon;
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

    boolean matchNested() {
        return matchNested;
    }
}
