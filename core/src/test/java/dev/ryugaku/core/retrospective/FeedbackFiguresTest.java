package dev.ryugaku.core.retrospective;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures owners see, each withheld below three answers. */
class FeedbackFiguresTest {

    private static CohortResponses cohort(long id, long rotations, long retrospectives, long evaluations) {
        return new CohortResponses(id, "第" + id + "期", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), rotations,
                rotations, retrospectives, evaluations, 0);
    }

    @Test
    void aggregatesNeedAtLeastThreeAnswers() {
        assertThat(AggregateThreshold.allows(2)).isFalse();
        assertThat(AggregateThreshold.allows(3)).isTrue();
        List<ScoreCount> scores = List.of(new ScoreCount(1, 10, 1), new ScoreCount(1, 7, 1), new ScoreCount(2, 9, 2),
                new ScoreCount(2, 4, 1));
        assertThat(FeedbackFigures.recommend(1, scores)).as("two answers").isNull();
        RecommendScores three = FeedbackFigures.recommend(2, scores);
        assertThat(three.answers()).isEqualTo(3);
        assertThat(three.nps()).isEqualTo(33);
    }

    @Test
    void readinessIsCountedPerLevelFromThreeEvaluations() {
        List<ReadinessCount> counts = List.of(new ReadinessCount(1, OnCallReadiness.READY, 2),
                new ReadinessCount(1, OnCallReadiness.WITH_SUPPORT, 1), new ReadinessCount(2, OnCallReadiness.READY, 2));
        assertThat(FeedbackFigures.readiness(1, counts)).isEqualTo(new ReadinessCounts(0, 1, 2));
        assertThat(FeedbackFigures.readiness(2, counts)).isNull();
    }

    @Test
    void theComparisonHasARowPerCohortWithGrowthWhenSuppliedAndEnoughMeasured() {
        List<CohortResponses> cohorts = List.of(cohort(2, 4, 2, 3), cohort(1, 3, 3, 3));
        List<ScoreCount> scores = List.of(new ScoreCount(1, 9, 2), new ScoreCount(1, 10, 1), new ScoreCount(2, 9, 2));
        List<ReadinessCount> readiness = List.of(new ReadinessCount(1, OnCallReadiness.READY, 3),
                new ReadinessCount(2, OnCallReadiness.NOT_YET, 3));
        Map<Long, CohortGrowthSource.CohortGrowth> growth = Map.of(
                1L, new CohortGrowthSource.CohortGrowth(new BigDecimal("1.4"), 3),
                2L, new CohortGrowthSource.CohortGrowth(new BigDecimal("0.9"), 2));

        List<CohortComparison> rows = FeedbackFigures.compare(cohorts, scores, readiness, growth);

        assertThat(rows).extracting(r -> r.responses().cohortName()).containsExactly("第2期", "第1期");
        CohortComparison second = rows.getFirst();
        assertThat(second.nps()).as("two retrospectives").isNull();
        assertThat(second.readiness()).isEqualTo(new ReadinessCounts(3, 0, 0));
        assertThat(second.averageGrowth()).as("measured for two").isNull();
        assertThat(second.responses().retrospectiveRate()).isEqualTo(50);
        CohortComparison first = rows.getLast();
        assertThat(first.nps()).isEqualTo(100);
        assertThat(first.averageGrowth()).isEqualByComparingTo("1.4");
        assertThat(FeedbackFigures.compare(cohorts, scores, readiness, Map.of()).getLast().averageGrowth()).isNull();
    }

    @Test
    void responseRatesAreWholePercentages() {
        CohortResponses responses = new CohortResponses(1, "第1期", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), 3, 0,
                2, 1, 0);
        assertThat(responses.retrospectiveRate()).isEqualTo(67);
        assertThat(responses.evaluationRate()).isEqualTo(33);
        assertThat(responses.followUpRate()).as("no graduates yet").isNull();
    }

    @Test
    void followUpsCarryTheirItemsInOrder() {
        List<FollowUpAnswer> answers = FeedbackFigures.followUps(
                List.of(new FollowUpText(5, "オンコールに入った"), new FollowUpText(7, "SLOを定義した")),
                List.of(new FollowUpItemRow(7, BroughtBackKind.SLO, "決済APIのSLO", "https://wiki.example/slo"),
                        new FollowUpItemRow(5, BroughtBackKind.RUNBOOK, "障害対応手順", null),
                        new FollowUpItemRow(5, BroughtBackKind.ALERT, "遅延アラート", null)));
        assertThat(answers).hasSize(2);
        assertThat(answers.getFirst().broughtBack()).extracting(BroughtBack::kind)
                .containsExactly(BroughtBackKind.RUNBOOK, BroughtBackKind.ALERT);
        assertThat(answers.getLast().broughtBack()).singleElement().extracting(BroughtBack::link)
                .isEqualTo("https://wiki.example/slo");
    }
}
