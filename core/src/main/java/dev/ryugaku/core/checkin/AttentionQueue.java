package dev.ryugaku.core.checkin;

import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.worklog.ToilFlag;
import dev.ryugaku.core.worklog.WorkLogRepository;
import dev.ryugaku.core.worklog.WorkLogRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 要注意: the mentees who need attention now, each with its reasons, decided by {@link AttentionRules}
 * over signals read in five bulk queries whatever the number of mentees.
 */
@Service
public class AttentionQueue {

    private final AttentionSignals signals;
    private final ActionItemRepository actionItems;
    private final WorkLogRepository workLog;
    private final CurrentActor currentActor;
    private final Clock clock;

    public AttentionQueue(AttentionSignals signals, ActionItemRepository actionItems, WorkLogRepository workLog,
                          CurrentActor currentActor, Clock clock) {
        this.signals = signals;
        this.actionItems = actionItems;
        this.workLog = workLog;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The actor's own mentees who need attention. */
    @Transactional(readOnly = true)
    public List<AttentionEntry> forMyMentees() {
        Actor actor = currentActor.get();
        actor.require(Role.MENTOR);
        return entries(signals.activeRotations(actor.personId()), actor.zone());
    }

    /** Everyone in the program who needs attention, for owners. */
    @Transactional(readOnly = true)
    public List<AttentionEntry> forProgram() {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        return entries(signals.activeRotations(null), actor.zone());
    }

    /** The program's queue as of now, for a job that runs as nobody (the owners' digest). */
    @Transactional(readOnly = true)
    public List<AttentionEntry> programAsOfNow(ZoneId zone) {
        return entries(signals.activeRotations(null), zone);
    }

    private List<AttentionEntry> entries(List<AttentionSignals.Rotation> rotations, ZoneId zone) {
        if (rotations.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = rotations.stream().map(AttentionSignals.Rotation::enrollmentId).collect(Collectors.toSet());
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        Map<Long, List<MenteeSignals.CheckInFact>> checkIns = signals.checkInFacts(ids).stream()
                .collect(Collectors.groupingBy(AttentionSignals.CheckInFactRow::enrollmentId,
                        Collectors.mapping(AttentionSignals.CheckInFactRow::fact, Collectors.toList())));
        Map<Long, Integer> riskyTasks = signals.highRiskTasksWithoutApprovedPreMortem(ids).stream()
                .collect(Collectors.toMap(AttentionSignals.RiskyTasks::enrollmentId, AttentionSignals.RiskyTasks::count));
        Map<Long, List<LocalDate>> openItems = actionItems.findOpenByEnrollments(ids).stream()
                .collect(Collectors.groupingBy(ActionItemRow::enrollmentId,
                        Collectors.mapping(ActionItemRow::dueDate, Collectors.toList())));
        Map<Long, Set<LocalDate>> toilWeeks = workLog.weeksOverToilCap(ids).stream()
                .collect(Collectors.groupingBy(ToilFlag::enrollmentId,
                        Collectors.mapping(ToilFlag::weekStart, Collectors.toSet())));
        List<LocalDate> lastTwoWeeks = lastTwoCompletedWeeks(today);
        return rotations.stream().map(rotation -> {
            long id = rotation.enrollmentId();
            Set<LocalDate> overCap = toilWeeks.getOrDefault(id, Set.of());
            MenteeSignals mentee = new MenteeSignals(checkIns.getOrDefault(id, List.of()),
                    lastTwoWeeks.stream().map(overCap::contains).toList(), riskyTasks.getOrDefault(id, 0),
                    openItems.getOrDefault(id, List.of()));
            return new AttentionEntry(id, rotation.participantName(), rotation.mentorId(), rotation.mentorName(),
                    rotation.cohortName(), AttentionRules.reasons(mentee, now, today));
        }).filter(entry -> !entry.reasons().isEmpty()).toList();
    }

    /** The Mondays of the two weeks before this one, oldest first. */
    static List<LocalDate> lastTwoCompletedWeeks(LocalDate today) {
        LocalDate thisWeek = WorkLogRules.weekOf(today);
        return List.of(thisWeek.minusWeeks(2), thisWeek.minusWeeks(1));
    }
}
