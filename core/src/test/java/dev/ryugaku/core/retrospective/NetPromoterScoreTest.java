package dev.ryugaku.core.retrospective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetPromoterScoreTest {

    @Test
    void nineAndTenPromoteSevenAndEightArePassiveSixAndBelowDetract() {
        assertThat(NetPromoterScore.groupOf(10)).isEqualTo(NetPromoterScore.Group.PROMOTER);
        assertThat(NetPromoterScore.groupOf(9)).isEqualTo(NetPromoterScore.Group.PROMOTER);
        assertThat(NetPromoterScore.groupOf(8)).isEqualTo(NetPromoterScore.Group.PASSIVE);
        assertThat(NetPromoterScore.groupOf(7)).isEqualTo(NetPromoterScore.Group.PASSIVE);
        assertThat(NetPromoterScore.groupOf(6)).isEqualTo(NetPromoterScore.Group.DETRACTOR);
        assertThat(NetPromoterScore.groupOf(0)).isEqualTo(NetPromoterScore.Group.DETRACTOR);
        assertThatThrownBy(() -> NetPromoterScore.groupOf(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetPromoterScore.groupOf(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theScoreIsThePercentageOfPromotersMinusThePercentageOfDetractors() {
        assertThat(RecommendScores.of(List.of(10, 9, 8, 7, 3)).nps()).isEqualTo(20);
        assertThat(RecommendScores.of(List.of(10, 10, 10)).nps()).isEqualTo(100);
        assertThat(RecommendScores.of(List.of(0, 6, 5)).nps()).isEqualTo(-100);
        assertThat(RecommendScores.of(List.of(7, 8, 8)).nps()).as("passives only").isZero();
    }

    @Test
    void halvesAreRoundedAwayFromZeroAndThirdsToTheNearestWholeNumber() {
        // 1 promoter in 8 answers: 12.5 → 13; 1 detractor in 8: −12.5 → −13
        assertThat(NetPromoterScore.of(1, 0, 8)).isEqualTo(13);
        assertThat(NetPromoterScore.of(0, 1, 8)).isEqualTo(-13);
        // 2 of 3: 66.67 → 67; 1 of 3: 33.33 → 33; −1 of 3: −33
        assertThat(RecommendScores.of(List.of(9, 10, 7)).nps()).isEqualTo(67);
        assertThat(RecommendScores.of(List.of(9, 7, 8)).nps()).isEqualTo(33);
        assertThat(RecommendScores.of(List.of(4, 7, 8)).nps()).isEqualTo(-33);
    }

    @Test
    void theDistributionCountsEveryScoreFromZeroToTen() {
        RecommendScores scores = RecommendScores.fromCounts(Map.of(10, 2L, 9, 1L, 6, 1L));
        assertThat(scores.distribution()).hasSize(11).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 1L, 2L);
        assertThat(scores.answers()).isEqualTo(4);
        assertThat(scores.promoters()).isEqualTo(3);
        assertThat(scores.passives()).isZero();
        assertThat(scores.detractors()).isEqualTo(1);
        assertThat(scores.nps()).isEqualTo(50);
    }

    @Test
    void thereIsNoScoreWithoutAnswers() {
        assertThatThrownBy(() -> RecommendScores.fromCounts(Collections.emptyMap())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetPromoterScore.of(2, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
