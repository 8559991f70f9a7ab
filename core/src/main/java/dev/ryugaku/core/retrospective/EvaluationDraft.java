package dev.ryugaku.core.retrospective;

/** The mentor's final evaluation of a rotation. */
public record EvaluationDraft(String summary, String strengths, String nextSteps, OnCallReadiness readiness) {

    public static EvaluationDraft empty() {
        return new EvaluationDraft(null, null, null, null);
    }
}
