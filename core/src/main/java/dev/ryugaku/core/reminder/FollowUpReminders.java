package dev.ryugaku.core.reminder;

import dev.ryugaku.core.retrospective.FollowUpSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Graduates' reminder: {@value FollowUpSchedule#DAYS_AFTER_END} days after their rotation ended,
 * one mail asking for the follow-up, unless they answered already. The key is the rotation: one
 * mail per rotation, ever. Only sent in the days after it fell due (see {@link FollowUpSchedule}).
 */
@Component
class FollowUpReminders implements ReminderSource {

    private final FollowUpReminderFacts facts;

    FollowUpReminders(FollowUpReminderFacts facts) {
        this.facts = facts;
    }

    @Override
    public Set<ReminderKind> kinds() {
        return Set.of(ReminderKind.FOLLOW_UP_DUE);
    }

    @Override
    public List<DueReminder> due(Instant now) {
        // a day of slack on both sides covers every zone; each rotation is then judged in its graduate's own zone
        LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate lastEnd = utcToday.plusDays(1).minusDays(FollowUpSchedule.DAYS_AFTER_END);
        LocalDate firstEnd = lastEnd.minusDays(FollowUpSchedule.MAIL_DAYS + 1L);
        return facts.unansweredEndingBetween(firstEnd, lastEnd).stream()
                .filter(rotation -> isMailDue(rotation, now))
                .map(rotation -> new DueReminder(ReminderKind.FOLLOW_UP_DUE, rotation.participantId(),
                        rotation.enrollmentId(), key(rotation.enrollmentId())))
                .toList();
    }

    @Override
    public Map<Long, ReminderContent> contents(List<PendingReminder> pending, Instant now) {
        Map<Long, GraduateFollowUp> unanswered = facts.unansweredAmong(
                        pending.stream().map(PendingReminder::subjectId).distinct().toList()).stream()
                .collect(Collectors.toMap(GraduateFollowUp::enrollmentId, Function.identity()));
        Map<Long, ReminderContent> contents = new HashMap<>();
        for (PendingReminder reminder : pending) {
            GraduateFollowUp rotation = unanswered.get(reminder.subjectId());
            if (rotation != null && rotation.participantId() == reminder.recipient().personId()) {
                contents.put(reminder.id(), new ReminderContent.FollowUp(rotation.enrollmentId(), rotation.cohortName(),
                        rotation.rotationEnd()));
            }
        }
        return contents;
    }

    static boolean isMailDue(GraduateFollowUp rotation, Instant now) {
        return FollowUpSchedule.isMailDue(rotation.rotationEnd(), LocalDate.ofInstant(now, rotation.zone()));
    }

    static String key(long enrollmentId) {
        return "follow-up:" + enrollmentId;
    }
}
