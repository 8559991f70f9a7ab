package dev.ryugaku.web.navigation;

/** The addresses of the dashboard feature's pages. */
public final class DashboardPages {

    private DashboardPages() {
    }

    public static String dashboard() {
        return "dashboard";
    }
}
