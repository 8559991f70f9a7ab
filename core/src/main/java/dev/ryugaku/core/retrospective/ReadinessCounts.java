package dev.ryugaku.core.retrospective;

import java.util.Map;

/** How many final evaluations judged the graduates not yet ready, ready with support, or ready for on-call. */
public record ReadinessCounts(long notYet, long withSupport, long ready) {

    public static ReadinessCounts of(Map<OnCallReadiness, Long> counts) {
        return new ReadinessCounts(counts.getOrDefault(OnCallReadiness.NOT_YET, 0L),
                counts.getOrDefault(OnCallReadiness.WITH_SUPPORT, 0L), counts.getOrDefault(OnCallReadiness.READY, 0L));
    }

    public long total() {
        return notYet + withSupport + ready;
    }

    public long of(OnCallReadiness readiness) {
        return switch (readiness) {
            case NOT_YET -> notYet;
            case WITH_SUPPORT -> withSupport;
            case READY -> ready;
        };
    }
}
