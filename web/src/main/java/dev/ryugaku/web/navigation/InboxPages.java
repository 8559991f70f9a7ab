package dev.ryugaku.web.navigation;

/** The address of the in-app inbox. */
public final class InboxPages {

    private InboxPages() {
    }

    public static String inbox() {
        return "inbox";
    }
}
