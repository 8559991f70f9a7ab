package dev.ryugaku.core.checkin;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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

    private CheckInRules() {
    }

    /** Three ratings 1–5, a summary, and texts within their lengths. */
    public static List<Violation> checkRecord(CheckInRecord record) {
        List<Violation> found = new ArrayList<>();
        score("progress", record.progress(), found);
        score("wellBeing", record.wellBeing(), found);
        score("confidence", record.confidence(), found);
        if (record.summary() == null || record.summary().isBlank()) {
            found.add(of("summary", CheckInProblem.SUMMARY_REQUIRED));
        }
        length("summary", record.summary(), SUMMARY_MAX_LENGTH, found);
        length("privateNotes", record.privateNotes(), PRIVATE_NOTES_MAX_LENGTH, found);
        length("blockers", record.blockers(), BLOCKERS_MAX_LENGTH, found);
        return found;
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
        List<Violation> found = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            found.add(of("reason", CheckInProblem.REASON_REQUIRED));
        }
        length("reason", reason, CANCEL_REASON_MAX_LENGTH, found);
        return found;
    }

    /** Text and owner given, due on or after the day of the check-in it was agreed at. */
    public static List<Violation> checkActionItem(String text, ActionItemOwner owner, LocalDate due, LocalDate checkInDay) {
        List<Violation> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            found.add(of("actionText", CheckInProblem.ACTION_TEXT_REQUIRED));
        }
        length("actionText", text, ACTION_TEXT_MAX_LENGTH, found);
        if (owner == null) {
            found.add(of("actionOwner", CheckInProblem.ACTION_OWNER_REQUIRED));
        }
        if (due == null) {
            found.add(of("actionDue", CheckInProblem.DUE_DATE_REQUIRED));
        } else if (due.isBefore(checkInDay)) {
            found.add(of("actionDue", CheckInProblem.DUE_BEFORE_CHECK_IN, checkInDay));
        }
        return found;
    }

    /** The participant's note is for a talk still to come. */
    public static List<Violation> checkParticipantNote(String note, CheckInStatus status) {
        if (status != CheckInStatus.SCHEDULED) {
            return List.of(of("participantNote", CheckInProblem.NOTE_CLOSED));
        }
        List<Violation> found = new ArrayList<>();
        length("participantNote", note, PARTICIPANT_NOTE_MAX_LENGTH, found);
        return found;
    }

    private static void score(String field, Integer value, List<Violation> found) {
        if (value == null || value < SCORE_MIN || value > SCORE_MAX) {
            found.add(of(field, CheckInProblem.SCORE_REQUIRED, SCORE_MIN, SCORE_MAX));
        }
    }

    private static void length(String field, String text, int max, List<Violation> found) {
        if (text != null && text.length() > max) {
            found.add(of(field, CheckInProblem.TEXT_TOO_LONG, max));
        }
    }
}
