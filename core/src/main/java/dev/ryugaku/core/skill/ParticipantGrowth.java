package dev.ryugaku.core.skill;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** A rotation's rated skills across the phases, as the reader may see them, in catalogue order. */
public record ParticipantGrowth(long enrollmentId, String personName, String cohortName, List<SkillProgress> skills) {

    public ParticipantGrowth {
        skills = List.copyOf(skills);
    }

    /** The mean growth over the skills that have one. */
    public OptionalDouble averageGrowth() {
        return skills.stream().map(SkillProgress::growth).filter(Objects::nonNull).mapToInt(Growth::delta).average();
    }

    /** Whether nothing the reader may see is rated yet. */
    public boolean isEmpty() {
        return skills.isEmpty();
    }
}
