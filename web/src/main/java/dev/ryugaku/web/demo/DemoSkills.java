package dev.ryugaku.web.demo;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.skill.AssessmentPhase;
import dev.ryugaku.core.skill.AssessmentSide;
import dev.ryugaku.core.skill.AssessmentWindows;
import dev.ryugaku.core.skill.SkillImport;
import dev.ryugaku.core.skill.SkillLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Skill assessments of the demo rotations: 第1期 rated at START, MID and END by both sides, growing
 * most in observability and incident response; 第2期 at START, one rotation at MID as well, and one
 * whose mentor has submitted MID while the participant still has a draft — so the mentor's ratings
 * stay hidden from them.
 */
final class DemoSkills {

    /** Catalogue positions of observability and incident response, where rotations grow most. */
    private static final List<Integer> CORE_SRE_AREAS = List.of(6, 7);

    private final SkillImport skills;
    private final ZoneId zone;
    private final Instant now;
    private final List<Long> areas;

    DemoSkills(SkillImport skills, ZoneId zone, Instant now) {
        this.skills = skills;
        this.zone = zone;
        this.now = now;
        this.areas = skills.activeAreas();
    }

    /** A completed rotation: every phase submitted by both sides. */
    void completed(Enrollment rotation, int seed) {
        for (AssessmentPhase phase : AssessmentPhase.values()) {
            both(rotation, phase, seed);
        }
    }

    /** An active rotation's START, submitted by both sides. */
    void started(Enrollment rotation, int seed) {
        both(rotation, AssessmentPhase.START, seed);
    }

    /** START and MID submitted by both sides. */
    void atMidTerm(Enrollment rotation, int seed) {
        both(rotation, AssessmentPhase.START, seed);
        both(rotation, AssessmentPhase.MID, seed);
    }

    /** The mentor's declared strongest areas (得意分野), by catalogue position, for mentor matching. */
    void declared(Person mentor, int... positions) {
        skills.declare(mentor, Arrays.stream(positions).filter(i -> i < areas.size()).mapToObj(areas::get).toList());
    }

    /** START by both; MID submitted by the mentor while the participant's is still a draft. */
    void midTermUnderway(Enrollment rotation, int seed) {
        both(rotation, AssessmentPhase.START, seed);
        Instant mentorAt = at(rotation, AssessmentPhase.MID, 0);
        skills.assessment(rotation, AssessmentPhase.MID, AssessmentSide.MENTOR, rotation.getPrimaryMentor(),
                levels(AssessmentPhase.MID, AssessmentSide.MENTOR, seed), comments(AssessmentPhase.MID, AssessmentSide.MENTOR),
                mentorAt, mentorAt);
        Map<Long, Integer> partial = new HashMap<>(levels(AssessmentPhase.MID, AssessmentSide.SELF, seed));
        partial.keySet().retainAll(areas.subList(0, areas.size() / 2));
        skills.assessment(rotation, AssessmentPhase.MID, AssessmentSide.SELF, rotation.getPerson(), partial, Map.of(),
                mentorAt, null);
    }

    private void both(Enrollment rotation, AssessmentPhase phase, int seed) {
        Instant selfAt = at(rotation, phase, -2);
        Instant mentorAt = at(rotation, phase, 0);
        skills.assessment(rotation, phase, AssessmentSide.SELF, rotation.getPerson(), levels(phase, AssessmentSide.SELF, seed),
                comments(phase, AssessmentSide.SELF), selfAt, selfAt);
        Person mentor = rotation.getPrimaryMentor();
        skills.assessment(rotation, phase, AssessmentSide.MENTOR, mentor, levels(phase, AssessmentSide.MENTOR, seed),
                comments(phase, AssessmentSide.MENTOR), mentorAt, mentorAt);
    }

    /**
     * A day inside the phase's window at 10:00, {@code shift} days from its usual day — or, for a
     * phase still to come (第2期's MID), yesterday: the demo shows it done early.
     */
    private Instant at(Enrollment rotation, AssessmentPhase phase, int shift) {
        LocalDate start = rotation.effectiveStart();
        LocalDate end = rotation.effectiveEnd();
        LocalDate day = switch (phase) {
            case START -> start.plusDays(12);
            case MID -> AssessmentWindows.middle(start, end, rotation.getCohort().getMidTermReviewDate());
            case END -> end.minusDays(3);
        };
        Instant at = day.plusDays(shift).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
        Instant yesterday = now.minus(Duration.ofDays(1));
        return at.isAfter(yesterday) ? yesterday.plus(Duration.ofHours(shift)) : at;
    }

    /**
     * Levels that start low, grow by the phase (most in the core SRE areas), and differ a little by
     * person; participants rate themselves a little lower than their mentors at the start.
     */
    private Map<Long, Integer> levels(AssessmentPhase phase, AssessmentSide side, int seed) {
        Map<Long, Integer> levels = new HashMap<>();
        for (int i = 0; i < areas.size(); i++) {
            int base = Math.min(2, (i * 7 + seed * 5) % 4);
            int grown = switch (phase) {
                case START -> base;
                case MID -> base + ((i + seed) % 3 == 0 ? 0 : 1);
                case END -> base + 1 + (CORE_SRE_AREAS.contains(i) ? 1 : (i * seed) % 2);
            };
            int bias = side == AssessmentSide.SELF ? (phase == AssessmentPhase.START && i % 2 == 0 ? -1 : (i + seed) % 4 == 0 ? 1 : 0) : 0;
            levels.put(areas.get(i), Math.max(SkillLevel.MIN, Math.min(SkillLevel.MAX, grown + bias)));
        }
        return levels;
    }

    private Map<Long, String> comments(AssessmentPhase phase, AssessmentSide side) {
        Map<Long, String> comments = new HashMap<>();
        if (areas.size() <= CORE_SRE_AREAS.getLast()) {
            return comments;
        }
        long observability = areas.get(CORE_SRE_AREAS.getFirst());
        long incidents = areas.get(CORE_SRE_AREAS.getLast());
        switch (phase) {
            case START -> {
                if (side == AssessmentSide.SELF) {
                    comments.put(incidents, "障害対応はチャットを眺めたことがある程度。");
                }
            }
            case MID -> comments.put(observability, side == AssessmentSide.SELF
                    ? "ダッシュボードは作れるが、アラートの閾値に自信がない。" : "SLOの考え方は理解できている。アラート設計は一緒に進めている。");
            case END -> {
                comments.put(observability, side == AssessmentSide.SELF
                        ? "SLOとアラートを自分で設計できるようになった。" : "SLOのドラフトからアラートまで一人で設計できた。");
                comments.put(incidents, side == AssessmentSide.SELF
                        ? "一次切り分けは一人でできる。" : "レスポンダーとして一次対応を一人で回せている。");
            }
        }
        return comments;
    }
}
