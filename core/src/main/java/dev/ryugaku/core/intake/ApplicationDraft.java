package dev.ryugaku.core.intake;

import java.util.Set;

/** An applicant's answers; only the questions the round asks are kept. */
public record ApplicationDraft(String motivation, Set<Long> skillIds, String topics, String preferredPeriod) {

    public ApplicationDraft {
        skillIds = skillIds == null ? Set.of() : Set.copyOf(skillIds);
    }
}
