package dev.ryugaku.core.skill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Skill growth from submitted ratings, computed in memory from one bulk read.
 * <p>
 * A skill's growth in a rotation is its level at the latest phase rated (END, else MID) minus its
 * START level, both by the mentors. When the mentors have not rated both, the participant's own
 * ratings count instead if they rated both; the two sides are never mixed, and the result says
 * which side it comes from. A cohort's average of a skill is the mean over its rotations with a
 * growth for it; its overall average is the mean over all those (rotation, skill) pairs.
 */
public final class SkillGrowth {

    private SkillGrowth() {
    }

    /** The growth from one side's levels, preferring the mentors'. */
    public static Optional<Growth> growth(Map<AssessmentPhase, Integer> mentor, Map<AssessmentPhase, Integer> self) {
        return sideGrowth(mentor, AssessmentSide.MENTOR).or(() -> sideGrowth(self, AssessmentSide.SELF));
    }

    private static Optional<Growth> sideGrowth(Map<AssessmentPhase, Integer> levels, AssessmentSide side) {
        Integer start = levels.get(AssessmentPhase.START);
        if (start == null) {
            return Optional.empty();
        }
        for (AssessmentPhase phase : List.of(AssessmentPhase.END, AssessmentPhase.MID)) {
            Integer latest = levels.get(phase);
            if (latest != null) {
                return Optional.of(new Growth(start, latest, phase, side));
            }
        }
        return Optional.empty();
    }

    /**
     * One rotation's rated skills in catalogue order (an area added or deactivated since counts if
     * it was rated), each with its levels by side and phase and its growth.
     */
    public static List<SkillProgress> progress(Collection<RatingPoint> points, List<SkillRef> catalogue) {
        Set<Long> rated = points.stream().map(RatingPoint::skillAreaId).collect(Collectors.toSet());
        List<SkillProgress> result = new ArrayList<>();
        for (SkillRef skill : catalogue) {
            if (!rated.contains(skill.id())) {
                continue;
            }
            Map<AssessmentPhase, Integer> self = levels(points, skill.id(), AssessmentSide.SELF);
            Map<AssessmentPhase, Integer> mentor = levels(points, skill.id(), AssessmentSide.MENTOR);
            result.add(new SkillProgress(skill, self, mentor, growth(mentor, self).orElse(null)));
        }
        return result;
    }

    private static Map<AssessmentPhase, Integer> levels(Collection<RatingPoint> points, long skill, AssessmentSide side) {
        Map<AssessmentPhase, Integer> levels = new EnumMap<>(AssessmentPhase.class);
        points.stream().filter(p -> p.skillAreaId() == skill && p.side() == side)
                .forEach(p -> levels.put(p.phase(), p.level()));
        return levels;
    }

    /** Each cohort's growth, from the ratings of all of them; a cohort without any has an empty one. */
    public static Map<Long, CohortGrowth> cohorts(Collection<Long> cohortIds, Collection<RatingPoint> points,
                                                  List<SkillRef> catalogue) {
        Map<Long, List<RatingPoint>> byCohort = points.stream().collect(Collectors.groupingBy(RatingPoint::cohortId));
        Map<Long, CohortGrowth> result = new LinkedHashMap<>();
        for (Long cohortId : cohortIds) {
            result.put(cohortId, cohort(cohortId, byCohort.getOrDefault(cohortId, List.of()), catalogue));
        }
        return result;
    }

    /** One cohort's growth from its ratings. */
    public static CohortGrowth cohort(long cohortId, Collection<RatingPoint> points, List<SkillRef> catalogue) {
        Map<Long, List<RatingPoint>> byEnrollment = points.stream()
                .collect(Collectors.groupingBy(RatingPoint::enrollmentId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<Growth>> bySkill = new LinkedHashMap<>();
        List<EnrollmentGrowth> perEnrollment = new ArrayList<>();
        for (Map.Entry<Long, List<RatingPoint>> rotation : byEnrollment.entrySet()) {
            List<Growth> ofRotation = new ArrayList<>();
            for (SkillProgress progress : progress(rotation.getValue(), catalogue)) {
                if (progress.growth() != null) {
                    bySkill.computeIfAbsent(progress.skill().id(), id -> new ArrayList<>()).add(progress.growth());
                    ofRotation.add(progress.growth());
                }
            }
            if (!ofRotation.isEmpty()) {
                perEnrollment.add(new EnrollmentGrowth(rotation.getKey(), mean(ofRotation), ofRotation.size()));
            }
        }
        List<SkillAverage> skills = new ArrayList<>();
        List<Growth> all = new ArrayList<>();
        for (SkillRef skill : catalogue) {
            List<Growth> growths = bySkill.get(skill.id());
            if (growths == null) {
                continue;
            }
            all.addAll(growths);
            skills.add(new SkillAverage(skill, growths.stream().mapToInt(Growth::from).average().orElseThrow(),
                    growths.stream().mapToInt(Growth::to).average().orElseThrow(), mean(growths), growths.size(),
                    (int) growths.stream().filter(g -> g.source() == AssessmentSide.SELF).count()));
        }
        return new CohortGrowth(cohortId, skills, all.isEmpty() ? null : mean(all), perEnrollment.size(), perEnrollment);
    }

    private static double mean(List<Growth> growths) {
        return growths.stream().mapToInt(Growth::delta).average().orElseThrow();
    }
}
