package dev.ryugaku.core.intake;

import java.time.LocalDate;

/**
 * What an owner sets for an intake round: when it takes applications, which questions it asks
 * (motivation, skills wanted from the catalogue, topics for improvement tasks, preferred period) and
 * whether the home-team manager approves each application.
 */
public record RoundDraft(LocalDate opensOn, LocalDate closesOn, boolean askMotivation, boolean askSkills,
                         boolean askTopics, boolean askPeriod, boolean approvalRequired) {

    /** A round that asks everything and needs the manager's approval. */
    public static RoundDraft asking(LocalDate opensOn, LocalDate closesOn) {
        return new RoundDraft(opensOn, closesOn, true, true, true, true, true);
    }
}
