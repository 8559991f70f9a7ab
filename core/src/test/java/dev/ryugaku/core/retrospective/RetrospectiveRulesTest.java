package dev.ryugaku.core.retrospective;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.shared.Violation;
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
}
