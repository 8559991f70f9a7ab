package dev.ryugaku.core.retrospective;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recommend answers of a cohort: how many gave each score 0–10, the promoters, passives and
 * detractors among them, and the {@link NetPromoterScore}.
 *
 * @param distribution the number of answers per score, index 0 to 10
 */
public record RecommendScores(List<Long> distribution, long answers, long promoters, long passives, long detractors,
                              int nps) {

    public RecommendScores {
        distribution = List.copyOf(distribution);
    }

    /** From the number of answers per score (scores nobody gave may be missing); at least one answer. */
    public static RecommendScores fromCounts(Map<Integer, Long> countsByScore) {
        List<Long> distribution = new ArrayList<>(Collections.nCopies(NetPromoterScore.MAX_SCORE + 1, 0L));
        long[] groups = new long[NetPromoterScore.Group.values().length];
        countsByScore.forEach((score, count) -> {
            groups[NetPromoterScore.groupOf(score).ordinal()] += count;
            distribution.set(score, distribution.get(score) + count);
        });
        long promoters = groups[NetPromoterScore.Group.PROMOTER.ordinal()];
        long passives = groups[NetPromoterScore.Group.PASSIVE.ordinal()];
        long detractors = groups[NetPromoterScore.Group.DETRACTOR.ordinal()];
        long answers = promoters + passives + detractors;
        return new RecommendScores(distribution, answers, promoters, passives, detractors,
                NetPromoterScore.of(promoters, detractors, answers));
    }

    /** From the single answers. */
    public static RecommendScores of(Collection<Integer> scores) {
        Map<Integer, Long> counts = new HashMap<>();
        scores.forEach(score -> counts.merge(score, 1L, Long::sum));
        return fromCounts(counts);
    }
}
