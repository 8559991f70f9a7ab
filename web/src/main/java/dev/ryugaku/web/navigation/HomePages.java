package dev.ryugaku.web.navigation;

/** The addresses of the home feature's pages. */
public final class HomePages {

    private HomePages() {
    }

    public static String home() {
        return "";
    }
}
