package dev.ryugaku.web.navigation;

/** The addresses of the check-in feature's pages. */
public final class CheckInPages {

    private CheckInPages() {
    }

    public static String checkIn(long checkInId) {
        return "checkins/" + checkInId;
    }
}
