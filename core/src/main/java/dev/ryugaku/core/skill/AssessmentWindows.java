package dev.ryugaku.core.skill;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * When each phase is assessed, from the rotation's own dates:
 * <ul>
 *   <li>START: from two weeks before the first day until four weeks in;</li>
 *   <li>MID: three weeks either side of the middle — the cohort's mid-term review when it falls
 *       inside the rotation, else the day halfway;</li>
 *   <li>END: from two weeks before the last day until two weeks after it (grace for the last talks).</li>
 * </ul>
 * Windows never overlap: START closes before the middle and END opens after it, so in a short
 * rotation MID shrinks towards its middle day, which it always keeps.
 */
public final class AssessmentWindows {

    public static final int START_OPENS_DAYS_BEFORE = 14;
    public static final int START_OPEN_DAYS_IN = 27;
    public static final int MID_DAYS_EITHER_SIDE = 21;
    public static final int END_OPENS_DAYS_BEFORE = 14;
    public static final int END_GRACE_DAYS = 14;

    private AssessmentWindows() {
    }

    /** The day the MID phase is centred on. */
    public static LocalDate middle(LocalDate start, LocalDate end, LocalDate midTermReview) {
        if (midTermReview != null && midTermReview.isAfter(start) && midTermReview.isBefore(end)) {
            return midTermReview;
        }
        return start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
    }

    /** The three windows of a rotation, START, MID and END in this order. */
    public static List<PhaseWindow> of(LocalDate start, LocalDate end, LocalDate midTermReview) {
        LocalDate middle = middle(start, end, midTermReview);
        LocalDate startCloses = min(start.plusDays(START_OPEN_DAYS_IN), middle.minusDays(1));
        LocalDate endOpens = max(end.minusDays(END_OPENS_DAYS_BEFORE), middle.plusDays(1));
        PhaseWindow startWindow = new PhaseWindow(AssessmentPhase.START, start.minusDays(START_OPENS_DAYS_BEFORE), startCloses);
        PhaseWindow midWindow = new PhaseWindow(AssessmentPhase.MID,
                max(middle.minusDays(MID_DAYS_EITHER_SIDE), startCloses.plusDays(1)),
                min(middle.plusDays(MID_DAYS_EITHER_SIDE), endOpens.minusDays(1)));
        PhaseWindow endWindow = new PhaseWindow(AssessmentPhase.END, endOpens, end.plusDays(END_GRACE_DAYS));
        return List.of(startWindow, midWindow, endWindow);
    }

    public static PhaseWindow of(AssessmentPhase phase, LocalDate start, LocalDate end, LocalDate midTermReview) {
        return of(start, end, midTermReview).get(phase.ordinal());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
