package dev.ryugaku.core.skill;

import java.time.LocalDate;

/** The days (both inclusive) in which a phase's assessments are written. Empty when it opens after it closes. */
public record PhaseWindow(AssessmentPhase phase, LocalDate opens, LocalDate closes) {

    public boolean isOpen(LocalDate today) {
        return !today.isBefore(opens) && !today.isAfter(closes);
    }

    public boolean isUpcoming(LocalDate today) {
        return today.isBefore(opens) && !isEmpty();
    }

    public boolean isOver(LocalDate today) {
        return today.isAfter(closes) || isEmpty();
    }

    public boolean isEmpty() {
        return opens.isAfter(closes);
    }
}
