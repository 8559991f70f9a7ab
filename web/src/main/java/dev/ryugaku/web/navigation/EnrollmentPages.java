package dev.ryugaku.web.navigation;

/** The addresses of the enrollment feature's pages. */
public final class EnrollmentPages {

    private EnrollmentPages() {
    }

    public static String rotation(long enrollmentId) {
        return "enrollments/" + enrollmentId;
    }

    public static String edit(long enrollmentId) {
        return rotation(enrollmentId) + "/edit";
    }

    /** Enrolling someone in the cohort. */
    public static String enroll(long cohortId) {
        return "cohorts/" + cohortId + "/enroll";
    }
}
