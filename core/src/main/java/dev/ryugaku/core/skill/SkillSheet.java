package dev.ryugaku.core.skill;

import java.util.List;

/**
 * A rotation's skill assessments for the skills page.
 *
 * @param writes  the side the reader writes (SELF for the participant, MENTOR for a mentor), or null for reading only
 * @param skills  the active areas the form rates, in catalogue order, then inactive ones some visible rating uses
 * @param phases  START, MID and END in this order
 */
public record SkillSheet(long enrollmentId, String personName, long cohortId, String cohortName, AssessmentSide writes,
                         List<SkillRef> skills, List<PhaseSheet> phases) {

    public PhaseSheet phase(AssessmentPhase phase) {
        return phases.get(phase.ordinal());
    }
}
