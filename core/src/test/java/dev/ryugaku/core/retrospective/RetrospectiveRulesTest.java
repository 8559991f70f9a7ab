package dev.ryugaku.core.retrospective;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.shared.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetrospectiveRulesTest {

    private static RetrospectiveDraft retrospective(String learned, Integer score) {
        return new RetrospectiveDraft(learned, null, "毎週の1on1", null, null, null, null, false, score);
    }

    private static List<Object> reasons(List<Violation> violations) {
        return violations.stream().map(v -> (Object) (v.field() + ":" + v.reason())).toList();
    }

    @Test
    void aDraftMayBeIncompleteButASubmissionNeedsWhatWasLearnedAndTheRecommendScore() {
        assertThat(RetrospectiveRules.checkRetrospective(retrospective(null, null), false)).isEmpty();
        assertThat(reasons(RetrospectiveRules.checkRetrospective(retrospective(" ", null), true)))
                .containsExactly("learned:LEARNED_REQUIRED", "recommendScore:RECOMMEND_REQUIRED");
        assertThat(RetrospectiveRules.checkRetrospective(retrospective("SLOの考え方", 0), true)).isEmpty();
        assertThat(RetrospectiveRules.checkRetrospective(retrospective("SLOの考え方", 10), true)).isEmpty();
    }

    @Test
    void theRecommendScoreIsZeroToTenEvenInADraft() {
        assertThat(reasons(RetrospectiveRules.checkRetrospective(retrospective(null, 11), false)))
                .containsExactly("recommendScore:RECOMMEND_OUT_OF_RANGE");
        assertThat(reasons(RetrospectiveRules.checkRetrospective(retrospective(null, -1), false)))
                .containsExactly("recommendScore:RECOMMEND_OUT_OF_RANGE");
    }

    @Test
    void textsAreAtMostTwoThousandCharacters() {
        RetrospectiveDraft long_ = new RetrospectiveDraft("あ".repeat(2001), null, null, null, null, null, null, false, 9);
        assertThat(reasons(RetrospectiveRules.checkRetrospective(long_, false))).containsExactly("learned:TEXT_TOO_LONG");
    }

    @Test
    void anEvaluationIsSubmittedWithASummaryAndAReadiness() {
        assertThat(RetrospectiveRules.checkEvaluation(new EvaluationDraft(null, null, null, null), false)).isEmpty();
        assertThat(reasons(RetrospectiveRules.checkEvaluation(new EvaluationDraft("", "観察力", null, null), true)))
                .containsExactly("summary:SUMMARY_REQUIRED", "readiness:READINESS_REQUIRED");
        assertThat(RetrospectiveRules.checkEvaluation(
                new EvaluationDraft("よく成長した", null, null, OnCallReadiness.WITH_SUPPORT), true)).isEmpty();
    }

    @Test
    void aFollowUpListsItemsWithTitlesAndWebLinksAndSaysHowWorkChanged() {
        FollowUpDraft draft = new FollowUpDraft(List.of(
                new BroughtBack(BroughtBackKind.RUNBOOK, "障害対応手順", "https://wiki.example/runbook"),
                new BroughtBack(BroughtBackKind.SLO, "", "https://wiki.example/slo"),
                new BroughtBack(BroughtBackKind.ALERT, "遅延アラート", "javascript:alert(1)"),
                new BroughtBack(null, "自動化", null),
                new BroughtBack(BroughtBackKind.OTHER, " ", "")), null);
        assertThat(reasons(RetrospectiveRules.checkFollowUp(draft, true))).containsExactly(
                "changedWork:CHANGED_WORK_REQUIRED", "broughtBack[1].title:ITEM_TITLE_REQUIRED",
                "broughtBack[2].link:LINK_INVALID", "broughtBack[3].kind:ITEM_KIND_REQUIRED");
        assertThat(RetrospectiveRules.checkFollowUp(new FollowUpDraft(List.of(), null), false)).isEmpty();
    }

    @Test
    void onlyHttpAndHttpsAddressesWithAHostAreLinks() {
        assertThat(RetrospectiveRules.isWebAddress("https://grafana.example/d/abc?orgId=1")).isTrue();
        assertThat(RetrospectiveRules.isWebAddress("http://wiki.example")).isTrue();
        assertThat(RetrospectiveRules.isWebAddress("ftp://files.example")).isFalse();
        assertThat(RetrospectiveRules.isWebAddress("wiki/runbook")).isFalse();
        assertThat(RetrospectiveRules.isWebAddress("https://")).isFalse();
        assertThat(RetrospectiveRules.isWebAddress("https://x.example/" + "a".repeat(500))).isFalse();
    }

    // Each rule on its own, by name

    @Test
    void whatWasLearnedIsWrittenAndTheScoreGivenInRange() {
        assertThat(reasons(RetrospectiveRules.LEARNED_IS_WRITTEN.check(retrospective(" ", 8))))
                .containsExactly("learned:" + RetrospectiveProblem.LEARNED_REQUIRED);
        assertThat(reasons(RetrospectiveRules.RECOMMEND_SCORE_IS_GIVEN.check(retrospective("学び", null))))
                .containsExactly("recommendScore:" + RetrospectiveProblem.RECOMMEND_REQUIRED);
        assertThat(RetrospectiveRules.RECOMMEND_SCORE_IS_IN_RANGE.check(retrospective("学び", null))).isEmpty();
        assertThat(RetrospectiveRules.RECOMMEND_SCORE_IS_IN_RANGE.check(retrospective("学び", 0))).isEmpty();
        assertThat(reasons(RetrospectiveRules.RECOMMEND_SCORE_IS_IN_RANGE.check(retrospective("学び", 11))))
                .containsExactly("recommendScore:" + RetrospectiveProblem.RECOMMEND_OUT_OF_RANGE);
    }

    @Test
    void retrospectiveTextsFitWithoutTheirSurroundingBlanks() {
        String atLimit = " " + "x".repeat(RetrospectiveRules.TEXT_MAX_LENGTH) + " ";
        assertThat(RetrospectiveRules.RETROSPECTIVE_TEXTS_FIT.check(retrospective(atLimit, 5))).isEmpty();
        assertThat(reasons(RetrospectiveRules.RETROSPECTIVE_TEXTS_FIT.check(retrospective(atLimit + "x", 5))))
                .containsExactly("learned:" + RetrospectiveProblem.TEXT_TOO_LONG);
    }

    @Test
    void anEvaluationHasASummaryAReadinessAndTextsThatFit() {
        EvaluationDraft empty = EvaluationDraft.empty();
        assertThat(reasons(RetrospectiveRules.SUMMARY_IS_WRITTEN.check(empty)))
                .containsExactly("summary:" + RetrospectiveProblem.SUMMARY_REQUIRED);
        assertThat(reasons(RetrospectiveRules.READINESS_IS_CHOSEN.check(empty)))
                .containsExactly("readiness:" + RetrospectiveProblem.READINESS_REQUIRED);
        assertThat(reasons(RetrospectiveRules.EVALUATION_TEXTS_FIT.check(new EvaluationDraft(null,
                "x".repeat(RetrospectiveRules.TEXT_MAX_LENGTH + 1), null, null))))
                .containsExactly("strengths:" + RetrospectiveProblem.TEXT_TOO_LONG);
    }

    @Test
    void aFollowUpSaysHowWorkChangedAndListsAtMostTwentyCompleteItems() {
        BroughtBack runbook = new BroughtBack(BroughtBackKind.RUNBOOK, "手順書", "https://wiki.example/runbook");
        BroughtBack blank = new BroughtBack(BroughtBackKind.RUNBOOK, " ", null);
        assertThat(reasons(RetrospectiveRules.CHANGED_WORK_IS_WRITTEN.check(new FollowUpDraft(List.of(), null))))
                .containsExactly("changedWork:" + RetrospectiveProblem.CHANGED_WORK_REQUIRED);
        List<BroughtBack> twenty = new ArrayList<>(Collections.nCopies(RetrospectiveRules.MAX_ITEMS, runbook));
        twenty.add(blank);
        assertThat(RetrospectiveRules.AT_MOST_TWENTY_ITEMS.check(new FollowUpDraft(twenty, "変わった")))
                .as("blank lines do not count").isEmpty();
        twenty.add(runbook);
        assertThat(reasons(RetrospectiveRules.AT_MOST_TWENTY_ITEMS.check(new FollowUpDraft(twenty, "変わった"))))
                .containsExactly("broughtBack:" + RetrospectiveProblem.TOO_MANY_ITEMS);
        FollowUpDraft withoutKind = new FollowUpDraft(List.of(blank, new BroughtBack(null, "手順書", "wiki")), "変わった");
        assertThat(reasons(RetrospectiveRules.EACH_ITEM_IS_COMPLETE.check(withoutKind))).containsExactly(
                "broughtBack[1].kind:" + RetrospectiveProblem.ITEM_KIND_REQUIRED,
                "broughtBack[1].link:" + RetrospectiveProblem.LINK_INVALID);
    }
}
