package dev.ryugaku.core.retrospective;

/**
 * Numbers computed from answers (the recommend distribution and NPS, readiness counts, average
 * growth) are shown only when at least {@value #MINIMUM_ANSWERS} answers went into them: below
 * that they would point at a person, and mean little anyway. The page says "not enough answers"
 * instead.
 */
public final class AggregateThreshold {

    public static final int MINIMUM_ANSWERS = 3;

    private AggregateThreshold() {
    }

    public static boolean allows(long answers) {
        return answers >= MINIMUM_ANSWERS;
    }
}
