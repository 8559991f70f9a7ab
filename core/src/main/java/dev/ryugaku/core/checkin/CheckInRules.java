package dev.ryugaku.core.checkin;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.Rule;
import dev.ryugaku.core.shared.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/** The rules of recording and moving check-ins, each small and named. */
public final class CheckInRules {

    public static final int SCORE_MIN = 1;
    public static final int SCORE_MAX = 5;
    public static final int SUMMARY_MAX_LENGTH = 4000;
    public static final int PRIVATE_NOTES_MAX_LENGTH = 4000;
    public static final int BLOCKERS_MAX_LENGTH = 2000;
    public static final int PARTICIPANT_NOTE_MAX_LENGTH = 1000;
    public static final int CANCEL_REASON_MAX_LENGTH = 1000;
    public static final int ACTION_TEXT_MAX_LENGTH = 500;
    /** A check-in may be recorded from a day before its time (talks move by a few hours), not earlier. */
    public static final Duration EARLY_RECORDING = Duration.ofDays(1);

    static final Rule<CheckInRecord> PROGRESS_IS_RATED = scoreIsGiven("progress", CheckInRecord::progress);
    static final Rule<CheckInRecord> WELL_BEING_IS_RATED = scoreIsGiven("wellBeing", CheckInRecord::wellBeing);
    static final Rule<CheckInRecord> CONFIDENCE_IS_RATED = scoreIsGiven("confidence", CheckInRecord::confidence);

    static final Rule<CheckInRecord> SUMMARY_IS_WRITTEN = Rule.refuseWhen(record -> isBlank(record.summary()),
            "summary", CheckInProblem.SUMMARY_REQUIRED);

    static final Rule<CheckInRecord> TEXTS_FIT = Rule.all(List.of(
            fits("summary", CheckInRecord::summary, SUMMARY_MAX_LENGTH),
            fits("privateNotes", CheckInRecord::privateNotes, PRIVATE_NOTES_MAX_LENGTH),
            fits("blockers", CheckInRecord::blockers, BLOCKERS_MAX_LENGTH)));

    private static final Rule<CheckInRecord> RECORD = Rule.all(List.of(PROGRESS_IS_RATED, WELL_BEING_IS_RATED,
            CONFIDENCE_IS_RATED, SUMMARY_IS_WRITTEN, TEXTS_FIT));

    static final Rule<String> CANCEL_REASON_IS_GIVEN = Rule.refuseWhen(CheckInRules::isBlank, "reason",
            CheckInProblem.REASON_REQUIRED);

    static final Rule<String> CANCEL_REASON_FITS = fits("reason", reason -> reason, CANCEL_REASON_MAX_LENGTH);

    private static final Rule<String> CANCEL_REASON = Rule.all(List.of(CANCEL_REASON_IS_GIVEN, CANCEL_REASON_FITS));

    /** What an action item is agreed with: its own fields and the day of the check-in it comes from. */
    record ActionItemInput(String text, ActionItemOwner owner, LocalDate due, LocalDate checkInDay) {
    }

    static final Rule<ActionItemInput> ACTION_TEXT_IS_WRITTEN = Rule.refuseWhen(item -> isBlank(item.text()),
            "actionText", CheckInProblem.ACTION_TEXT_REQUIRED);

    static final Rule<ActionItemInput> ACTION_TEXT_FITS = fits("actionText", ActionItemInput::text, ACTION_TEXT_MAX_LENGTH);

    static final Rule<ActionItemInput> ACTION_OWNER_IS_CHOSEN = Rule.refuseWhen(item -> item.owner() == null,
            "actionOwner", CheckInProblem.ACTION_OWNER_REQUIRED);

    /** Due on or after the day of the check-in it was agreed at. */
    static final Rule<ActionItemInput> ACTION_IS_DUE_FROM_THE_CHECK_IN_ON = item -> {
        if (item.due() == null) {
            return List.of(of("actionDue", CheckInProblem.DUE_DATE_REQUIRED));
        }
        if (item.due().isBefore(item.checkInDay())) {
            return List.of(of("actionDue", CheckInProblem.DUE_BEFORE_CHECK_IN, item.checkInDay()));
        }
        return List.of();
    };

    private static final Rule<ActionItemInput> ACTION_ITEM = Rule.all(List.of(ACTION_TEXT_IS_WRITTEN, ACTION_TEXT_FITS,
            ACTION_OWNER_IS_CHOSEN, ACTION_IS_DUE_FROM_THE_CHECK_IN_ON));

    private CheckInRules() {
    }

    /** Three ratings 1–5, a summary, and texts within their lengths. */
    public static List<Violation> checkRecord(CheckInRecord record) {
        return RECORD.check(record);
    }

    /** Cancelled check-ins stay cancelled; one more than a day away has not taken place yet. */
    public static List<Violation> checkRecordable(CheckInStatus status, Instant scheduledAt, Instant now) {
        if (status == CheckInStatus.CANCELLED) {
            return List.of(of("status", CheckInProblem.CANCELLED_CANNOT_BE_RECORDED));
        }
        if (scheduledAt.isAfter(now.plus(EARLY_RECORDING))) {
            return List.of(of("status", CheckInProblem.NOT_YET_DUE));
        }
        return List.of();
    }

    /** Only a check-in that has not taken place (scheduled, or missed) can be moved or cancelled. */
    public static boolean isOpen(CheckInStatus status) {
        return status == CheckInStatus.SCHEDULED || status == CheckInStatus.MISSED;
    }

    /** A new time is in the future and on a day of the rotation, in the zone the mentor picked it in. */
    public static List<Violation> checkNewTime(Instant time, LocalDate rotationStart, LocalDate rotationEnd, ZoneId zone,
                                               Instant now) {
        if (time == null) {
            return List.of(of("time", CheckInProblem.TIME_REQUIRED));
        }
        if (!time.isAfter(now)) {
            return List.of(of("time", CheckInProblem.TIME_IN_PAST));
        }
        LocalDate day = time.atZone(zone).toLocalDate();
        if (day.isBefore(rotationStart) || day.isAfter(rotationEnd)) {
            return List.of(of("time", CheckInProblem.TIME_OUTSIDE_ROTATION, rotationStart, rotationEnd));
        }
        return List.of();
    }

    public static List<Violation> checkCancelReason(String reason) {
        return CANCEL_REASON.check(reason);
    }

    /** Text and owner given, due on or after the day of the check-in it was agreed at. */
    public static List<Violation> checkActionItem(String text, ActionItemOwner owner, LocalDate due, LocalDate checkInDay) {
        return ACTION_ITEM.check(new ActionItemInput(text, owner, due, checkInDay));
    }

    /** The participant's note is for a talk still to come. */
    public static List<Violation> checkParticipantNote(String note, CheckInStatus status) {
        if (status != CheckInStatus.SCHEDULED) {
            return List.of(of("participantNote", CheckInProblem.NOTE_CLOSED));
        }
        return fits("participantNote", (String text) -> text, PARTICIPANT_NOTE_MAX_LENGTH).check(note);
    }

    private static <T> Rule<T> scoreIsGiven(String field, Function<T, Integer> score) {
        return Rule.refuseWhen(input -> {
            Integer value = score.apply(input);
            return value == null || value < SCORE_MIN || value > SCORE_MAX;
        }, field, CheckInProblem.SCORE_REQUIRED, SCORE_MIN, SCORE_MAX);
    }

    private static <T> Rule<T> fits(String field, Function<T, String> text, int max) {
        return Rule.fits(field, text, max, CheckInProblem.TEXT_TOO_LONG);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
