package dev.ryugaku.core.checkin;

import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.worklog.ToilFlag;
import dev.ryugaku.core.worklog.WorkLogRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 要注意: the mentees who need attention now, each with its reasons, decided by {@link AttentionRules}
 * over signals read in two queries whatever the number of mentees.
 */
@Service
public class AttentionQueue {

    private final AttentionSignals signals;
    private final CurrentActor currentActor;
    private final Clock clock;

    public AttentionQueue(AttentionSignals signals, CurrentActor currentActor, Clock clock) {
        this.signals = signals;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The actor's own mentees who need attention. */
    @Transactional(readOnly = true)
    public List<AttentionEntry> forMyMentees() {
        Actor actor = currentActor.get();
        actor.require(Role.MENTOR);
        return attentionOnly(signals.activeRotations(actor.personId()), actor.zone());
    }

    /** Everyone in the program who needs attention, for owners. */
    @Transactional(readOnly = true)
    public List<AttentionEntry> forProgram() {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        return attentionOnly(signals.activeRotations(null), actor.zone());
    }

    /** The program's queue as of now, for a job that runs as nobody (the owners' digest). */
    @Transactional(readOnly = true)
    public List<AttentionEntry> programAsOfNow(ZoneId zone) {
        return attentionOnly(signals.activeRotations(null), zone);
    }

    /** Who needs attention among rotations, and every week above the toil cap of each. */
    public record Assessment(List<AttentionEntry> needAttention, List<ToilFlag> toilFlags) {
    }

    /**
     * Assesses rotations the caller has already checked the actor may see (e.g. the actor's own
     * mentees), in one query, with every week above the toil cap (the mentor's home shows them).
     */
    @Transactional(readOnly = true)
    public Assessment assess(List<AttentionSignals.Rotation> rotations, ZoneId zone) {
        return assess(rotations, zone, true);
    }

    /** Only who needs attention: the toil rule looks at the last two weeks, so only those are read. */
    private List<AttentionEntry> attentionOnly(List<AttentionSignals.Rotation> rotations, ZoneId zone) {
        return assess(rotations, zone, false).needAttention();
    }

    private Assessment assess(List<AttentionSignals.Rotation> rotations, ZoneId zone, boolean everyToilWeek) {
        if (rotations.isEmpty()) {
            return new Assessment(List.of(), List.of());
        }
        Set<Long> ids = rotations.stream().map(AttentionSignals.Rotation::enrollmentId).collect(Collectors.toSet());
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<LocalDate> lastTwoWeeks = lastTwoCompletedWeeks(today);
        List<AttentionSignals.Signal> all = signals.signals(ids, now, everyToilWeek ? null : lastTwoWeeks.getFirst());
        Map<Long, List<AttentionSignals.Signal>> byRotation = all.stream()
                .collect(Collectors.groupingBy(AttentionSignals.Signal::enrollmentId));
        List<AttentionEntry> needAttention = rotations.stream().map(rotation -> {
            MenteeSignals mentee = mentee(byRotation.getOrDefault(rotation.enrollmentId(), List.of()), lastTwoWeeks);
            return new AttentionEntry(rotation.enrollmentId(), rotation.participantName(), rotation.mentorId(),
                    rotation.mentorName(), rotation.cohortName(), AttentionRules.reasons(mentee, now, today));
        }).filter(entry -> !entry.reasons().isEmpty()).toList();
        List<ToilFlag> toilFlags = all.stream().filter(s -> s.kind() == AttentionSignals.SignalKind.TOIL_WEEK)
                .map(AttentionSignals.Signal::toilFlag)
                .sorted(Comparator.comparingLong(ToilFlag::enrollmentId).thenComparing(ToilFlag::weekStart)).toList();
        return new Assessment(needAttention, toilFlags);
    }

    private static MenteeSignals mentee(List<AttentionSignals.Signal> signals, List<LocalDate> lastTwoWeeks) {
        List<MenteeSignals.CheckInFact> checkIns = signals.stream()
                .filter(s -> s.kind() == AttentionSignals.SignalKind.CHECK_IN).map(AttentionSignals.Signal::checkIn)
                .sorted(Comparator.comparing(MenteeSignals.CheckInFact::scheduledAt)).toList();
        Set<LocalDate> toilWeeks = signals.stream().filter(s -> s.kind() == AttentionSignals.SignalKind.TOIL_WEEK)
                .map(AttentionSignals.Signal::date).collect(Collectors.toSet());
        int riskyTasks = signals.stream().filter(s -> s.kind() == AttentionSignals.SignalKind.RISKY_TASKS)
                .mapToInt(AttentionSignals.Signal::number).sum();
        List<LocalDate> openItems = signals.stream().filter(s -> s.kind() == AttentionSignals.SignalKind.OPEN_ACTION_ITEM)
                .map(AttentionSignals.Signal::date).toList();
        return new MenteeSignals(checkIns, lastTwoWeeks.stream().map(toilWeeks::contains).toList(), riskyTasks, openItems);
    }

    /** The Mondays of the two weeks before this one, oldest first. */
    static List<LocalDate> lastTwoCompletedWeeks(LocalDate today) {
        LocalDate thisWeek = WorkLogRules.weekOf(today);
        return List.of(thisWeek.minusWeeks(2), thisWeek.minusWeeks(1));
    }
}
