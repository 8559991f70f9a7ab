package dev.ryugaku.core.skill;

import java.util.Map;

/**
 * One skill of one rotation across the phases: the levels the reader may see, by phase, and its growth.
 *
 * @param growth null while no side has rated both START and a later phase
 */
public record SkillProgress(SkillRef skill, Map<AssessmentPhase, Integer> self, Map<AssessmentPhase, Integer> mentor,
                            Growth growth) {

    public SkillProgress {
        self = Map.copyOf(self);
        mentor = Map.copyOf(mentor);
    }

    public Integer level(AssessmentSide side, AssessmentPhase phase) {
        return (side == AssessmentSide.SELF ? self : mentor).get(phase);
    }
}
