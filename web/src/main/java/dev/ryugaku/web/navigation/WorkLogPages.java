package dev.ryugaku.web.navigation;

/** The addresses of the work log feature's pages. */
public final class WorkLogPages {

    private WorkLogPages() {
    }

    /** The signed-in participant's own work log. */
    public static String mine() {
        return "worklog";
    }

    public static String rotation(long enrollmentId) {
        return "worklog/" + enrollmentId;
    }
}
