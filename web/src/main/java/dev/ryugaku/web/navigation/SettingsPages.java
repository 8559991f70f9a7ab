package dev.ryugaku.web.navigation;

/** The addresses of the settings feature's pages. */
public final class SettingsPages {

    private SettingsPages() {
    }

    public static String settings() {
        return "settings";
    }

    /** Connecting the program's Slack workspace (owners). */
    public static String slack() {
        return "settings/slack";
    }
}
