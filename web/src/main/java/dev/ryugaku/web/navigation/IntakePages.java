package dev.ryugaku.web.navigation;

/** The addresses of the intake feature's pages. */
public final class IntakePages {

    private IntakePages() {
    }

    /** The applicant's page: open rounds, applying, one's own applications. */
    public static String mine() {
        return "intake";
    }

    /** The home-team manager's list: approvals and nominations. */
    public static String team() {
        return "intake/team";
    }

    /** The owner's page for one cohort's round. */
    public static String round(long cohortId) {
        return CohortPages.cohort(cohortId) + "/intake";
    }
}
