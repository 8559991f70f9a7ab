package dev.ryugaku.web.navigation;

/** The addresses of the cohort feature's pages. */
public final class CohortPages {

    private CohortPages() {
    }

    public static String list() {
        return "cohorts";
    }

    public static String newCohort() {
        return "cohorts/new";
    }

    public static String cohort(long cohortId) {
        return "cohorts/" + cohortId;
    }

    public static String edit(long cohortId) {
        return cohort(cohortId) + "/edit";
    }
}
