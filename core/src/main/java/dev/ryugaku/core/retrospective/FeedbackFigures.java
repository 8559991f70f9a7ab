package dev.ryugaku.core.retrospective;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the counts read from the database into the figures the owners see, withholding every
 * figure that fewer than {@link AggregateThreshold#MINIMUM_ANSWERS} answers went into.
 */
public final class FeedbackFigures {

    private FeedbackFigures() {
    }

    /** The recommend scores of one cohort, or null when too few answered. */
    public static RecommendScores recommend(long cohortId, Collection<ScoreCount> counts) {
        Map<Integer, Long> byScore = new HashMap<>();
        counts.stream().filter(c -> c.cohortId() == cohortId).forEach(c -> byScore.merge(c.score(), c.count(), Long::sum));
        long answers = byScore.values().stream().mapToLong(Long::longValue).sum();
        return AggregateThreshold.allows(answers) ? RecommendScores.fromCounts(byScore) : null;
    }

    /** The readiness counts of one cohort, or null when too few evaluations were submitted. */
    public static ReadinessCounts readiness(long cohortId, Collection<ReadinessCount> counts) {
        Map<OnCallReadiness, Long> byReadiness = new EnumMap<>(OnCallReadiness.class);
        counts.stream().filter(c -> c.cohortId() == cohortId && c.readiness() != null)
                .forEach(c -> byReadiness.merge(c.readiness(), c.count(), Long::sum));
        ReadinessCounts readiness = ReadinessCounts.of(byReadiness);
        return AggregateThreshold.allows(readiness.total()) ? readiness : null;
    }

    /** One row per cohort, in the order given. */
    public static List<CohortComparison> compare(List<CohortResponses> cohorts, Collection<ScoreCount> scores,
                                                 Collection<ReadinessCount> readiness,
                                                 Map<Long, CohortGrowthSource.CohortGrowth> growth) {
        List<CohortComparison> rows = new ArrayList<>();
        for (CohortResponses cohort : cohorts) {
            RecommendScores recommend = recommend(cohort.cohortId(), scores);
            CohortGrowthSource.CohortGrowth grown = growth.get(cohort.cohortId());
            rows.add(new CohortComparison(cohort, recommend == null ? null : recommend.nps(),
                    readiness(cohort.cohortId(), readiness),
                    grown != null && AggregateThreshold.allows(grown.participants()) ? grown.average() : null));
        }
        return rows;
    }

    /** The follow-ups with their items, in the order of the texts. */
    public static List<FollowUpAnswer> followUps(List<FollowUpText> texts, Collection<FollowUpItemRow> items) {
        Map<Long, List<BroughtBack>> itemsOf = new LinkedHashMap<>();
        items.forEach(row -> itemsOf.computeIfAbsent(row.followUpId(), id -> new ArrayList<>()).add(row.item()));
        return texts.stream().map(text -> new FollowUpAnswer(itemsOf.getOrDefault(text.followUpId(), List.of()),
                text.changedWork())).toList();
    }
}
