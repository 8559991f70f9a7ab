package dev.ryugaku.web.navigation;

/** The addresses of the retrospective feature's pages. */
public final class RetrospectivePages {

    private RetrospectivePages() {
    }

    public static String retrospective(long enrollmentId) {
        return "enrollments/" + enrollmentId + "/retrospective";
    }

    public static String evaluation(long enrollmentId) {
        return "enrollments/" + enrollmentId + "/evaluation";
    }

    public static String followUp(long enrollmentId) {
        return "enrollments/" + enrollmentId + "/follow-up";
    }

    public static String feedback() {
        return "feedback";
    }

    public static String feedbackOf(long cohortId) {
        return feedback() + "?cohort=" + cohortId;
    }
}
