package dev.ryugaku.core.reminder;

import dev.ryugaku.core.checkin.CheckInSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Mentors' reminders: a check-in due tomorrow, and one past its time and not recorded. */
@Component
class CheckInReminders implements ReminderSource {

    /** Far enough ahead to cover "tomorrow" in any time zone. */
    static final Duration LOOK_AHEAD = Duration.ofDays(3);

    private final CheckInReminderFacts facts;

    CheckInReminders(CheckInReminderFacts facts) {
        this.facts = facts;
    }

    @Override
    public Set<ReminderKind> kinds() {
        return Set.of(ReminderKind.CHECK_IN_DUE, ReminderKind.CHECK_IN_OVERDUE);
    }

    @Override
    public List<DueReminder> due(Instant now) {
        List<DueReminder> due = new ArrayList<>();
        for (MentorCheckIn checkIn : facts.scheduledBetween(now.minus(CheckInSchedule.RECORDING_WINDOW), now.plus(LOOK_AHEAD))) {
            if (CheckInReminderPolicy.isDueSoon(checkIn, now)) {
                due.add(new DueReminder(ReminderKind.CHECK_IN_DUE, checkIn.mentorId(), checkIn.checkInId(),
                        CheckInReminderPolicy.dueKey(checkIn)));
            } else if (CheckInReminderPolicy.isOverdue(checkIn, now)) {
                due.add(new DueReminder(ReminderKind.CHECK_IN_OVERDUE, checkIn.mentorId(), checkIn.checkInId(),
                        CheckInReminderPolicy.overdueKey(checkIn)));
            }
        }
        return due;
    }

    @Override
    public Map<Long, ReminderContent> contents(List<PendingReminder> pending, Instant now) {
        Map<String, MentorCheckIn> current = facts.findByCheckInIds(pending.stream().map(PendingReminder::subjectId).toList())
                .stream().collect(Collectors.toMap(c -> c.checkInId() + "/" + c.mentorId(), Function.identity(), (a, b) -> a));
        Map<Long, ReminderContent> contents = new HashMap<>();
        for (PendingReminder reminder : pending) {
            MentorCheckIn checkIn = current.get(reminder.subjectId() + "/" + reminder.recipient().personId());
            if (checkIn != null && stillApplies(reminder, checkIn, now)) {
                contents.put(reminder.id(), new ReminderContent.CheckIn(checkIn.checkInId(), checkIn.enrollmentId(),
                        checkIn.scheduledAt(), checkIn.menteeName()));
            }
        }
        return contents;
    }

    /** Sending late (after a failure) still makes sense only while the reminder is still true. */
    private static boolean stillApplies(PendingReminder reminder, MentorCheckIn checkIn, Instant now) {
        return switch (reminder.kind()) {
            case CHECK_IN_DUE -> CheckInReminderPolicy.isDueSoon(checkIn, now)
                    && CheckInReminderPolicy.dueKey(checkIn).equals(reminder.subjectKey());
            case CHECK_IN_OVERDUE -> CheckInReminderPolicy.isOverdue(checkIn, now);
            default -> false;
        };
    }
}
