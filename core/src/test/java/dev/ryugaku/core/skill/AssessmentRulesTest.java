package dev.ryugaku.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {

    private static final List<Long> ACTIVE = List.of(1L, 2L, 3L);

    private static List<String> problems(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.reason()).toList();
    }

    @Test
    void aDraftMayLeaveAreasUnrated() {
        assertThat(AssessmentRules.checkRatings(List.of(new RatingInput(1, 2, null)), ACTIVE, false)).isEmpty();
    }

    @Test
    void aSubmissionNeedsALevelForEveryActiveArea() {
        assertThat(problems(AssessmentRules.checkRatings(List.of(new RatingInput(1, 2, null), new RatingInput(2, null, null)),
                ACTIVE, true))).containsExactly("level-2:LEVEL_REQUIRED", "level-3:LEVEL_REQUIRED");
        assertThat(AssessmentRules.checkRatings(List.of(new RatingInput(1, 0, null), new RatingInput(2, 4, "教えられる"),
                new RatingInput(3, 3, " ")), ACTIVE, true)).isEmpty();
    }

    @Test
    void levelsRunFromZeroToFour() {
        assertThat(problems(AssessmentRules.checkRatings(List.of(new RatingInput(1, 5, null), new RatingInput(2, -1, null)),
                ACTIVE, false))).containsExactlyInAnyOrder("level-1:LEVEL_OUT_OF_RANGE", "level-2:LEVEL_OUT_OF_RANGE");
    }

    @Test
    void aCommentNeedsItsLevelAndStaysWithinFiveHundredCharacters() {
        assertThat(problems(AssessmentRules.checkRatings(List.of(new RatingInput(1, null, "まだ迷っている")), ACTIVE, false)))
                .containsExactly("level-1:LEVEL_REQUIRED");
        String tooLong = "🚀".repeat(AssessmentRules.COMMENT_MAX_LENGTH + 1);
        assertThat(problems(AssessmentRules.checkRatings(List.of(new RatingInput(1, 2, tooLong)), ACTIVE, false)))
                .containsExactly("comment-1:COMMENT_TOO_LONG");
        assertThat(AssessmentRules.checkRatings(List.of(new RatingInput(1, 2, "🚀".repeat(500))), ACTIVE, false)).isEmpty();
    }

    @Test
    void anAreaTheCatalogueNoLongerRatesIsRefusedUnlessLeftBlank() {
        assertThat(problems(AssessmentRules.checkRatings(List.of(new RatingInput(9, 2, null)), ACTIVE, false)))
                .containsExactly("level-9:SKILL_NOT_RATED_NOW");
        assertThat(AssessmentRules.checkRatings(List.of(new RatingInput(9, null, null)), ACTIVE, false)).isEmpty();
    }

    @Test
    void aPhaseIsWrittenOnlyWhileItsWindowIsOpen() {
        PhaseWindow window = new PhaseWindow(AssessmentPhase.MID, LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 21));
        assertThat(AssessmentRules.checkWindow(window, LocalDate.of(2026, 12, 10))).isEmpty();
        assertThat(AssessmentRules.checkWindow(window, LocalDate.of(2026, 12, 9))).singleElement()
                .satisfies(v -> {
                    assertThat(v.reason()).isEqualTo(AssessmentProblem.PHASE_NOT_OPEN_YET);
                    assertThat(v.arguments()).containsExactly(window.opens(), window.closes());
                });
        assertThat(AssessmentRules.checkWindow(window, LocalDate.of(2027, 1, 22))).extracting(Violation::reason)
                .containsExactly(AssessmentProblem.PHASE_CLOSED);
    }

    // Each rule on its own, by name

    private static AssessmentRules.Rating draftRating(long area, Integer level, String comment) {
        return new AssessmentRules.Rating(new RatingInput(area, level, comment), Set.copyOf(ACTIVE), false);
    }

    @Test
    void anAreaIsRatedNowOrLeftBlank() {
        assertThat(AssessmentRules.AREA_IS_RATED_NOW.check(draftRating(9L, null, " "))).isEmpty();
        assertThat(problems(AssessmentRules.AREA_IS_RATED_NOW.check(draftRating(9L, 2, null))))
                .containsExactly("level-9:" + AssessmentProblem.SKILL_NOT_RATED_NOW);
        assertThat(problems(AssessmentRules.checkRating(draftRating(9L, 7, "c".repeat(AssessmentRules.COMMENT_MAX_LENGTH + 1)))))
                .as("nothing else is checked for an area no longer rated")
                .containsExactly("level-9:" + AssessmentProblem.SKILL_NOT_RATED_NOW);
    }

    @Test
    void aLevelRunsFromZeroToFour() {
        assertThat(AssessmentRules.LEVEL_IS_A_LEVEL.check(draftRating(1L, 0, null))).isEmpty();
        assertThat(AssessmentRules.LEVEL_IS_A_LEVEL.check(draftRating(1L, null, null))).isEmpty();
        assertThat(problems(AssessmentRules.LEVEL_IS_A_LEVEL.check(draftRating(1L, -1, null))))
                .containsExactly("level-1:" + AssessmentProblem.LEVEL_OUT_OF_RANGE);
    }

    @Test
    void inADraftACommentComesWithALevel() {
        assertThat(problems(AssessmentRules.A_COMMENT_COMES_WITH_A_LEVEL.check(draftRating(2L, null, "伸びた"))))
                .containsExactly("level-2:" + AssessmentProblem.LEVEL_REQUIRED);
        AssessmentRules.Rating submitted = new AssessmentRules.Rating(new RatingInput(2L, null, "伸びた"), Set.copyOf(ACTIVE),
                true);
        assertThat(AssessmentRules.A_COMMENT_COMES_WITH_A_LEVEL.check(submitted)).as("a submission asks for every level anyway")
                .isEmpty();
    }

    @Test
    void aCommentFitsFiveHundredCharactersCountedAsCodePoints() {
        String emoji = "😀".repeat(AssessmentRules.COMMENT_MAX_LENGTH);
        assertThat(AssessmentRules.COMMENT_FITS.check(draftRating(3L, 2, emoji))).isEmpty();
        assertThat(problems(AssessmentRules.COMMENT_FITS.check(draftRating(3L, 2, emoji + "😀"))))
                .containsExactly("comment-3:" + AssessmentProblem.COMMENT_TOO_LONG);
    }

    @Test
    void aSubmissionRatesEveryActiveArea() {
        Map<Long, RatingInput> byArea = Map.of(1L, new RatingInput(1L, 2, null),
                2L, new RatingInput(2L, null, null));
        assertThat(problems(AssessmentRules.everyActiveAreaHasALevel(byArea, ACTIVE)))
                .containsExactly("level-2:" + AssessmentProblem.LEVEL_REQUIRED, "level-3:" + AssessmentProblem.LEVEL_REQUIRED);
    }
}
