package dev.ryugaku.core.skill;

/**
 * How far one skill moved in one rotation: from the START level to the level of the latest phase
 * rated ({@code toPhase}, END or else MID), both by the same side ({@code source}).
 */
public record Growth(int from, int to, AssessmentPhase toPhase, AssessmentSide source) {

    public int delta() {
        return to - from;
    }
}
