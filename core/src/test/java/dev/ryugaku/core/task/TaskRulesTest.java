package dev.ryugaku.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import dev.ryugaku.core.shared.Violation;

class TaskRulesTest {

    private static TaskDraft alertCleanup() {
        TaskDraft draft = new TaskDraft();
        draft.setTitle("不要なアラートを整理する");
        draft.setCategory(TaskCategory.MONITORING);
        return draft;
    }

    @Test
    void aTitledCategorisedTaskIsValid() {
        assertThat(TaskRules.check(alertCleanup())).isEmpty();
    }

    @Test
    void theExternalLinkIsAnHttpOrHttpsAddress() {
        TaskDraft draft = alertCleanup();
        for (String ok : new String[] {"https://example.com/PR/12", "http://jira.example/SRE-1", ""}) {
            draft.setExternalLink(ok);
            assertThat(TaskRules.check(draft)).as(ok).isEmpty();
        }
        for (String bad : new String[] {"javascript:alert(1)", "ftp://example.com/x", "example.com/pr/1", "https://"}) {
            draft.setExternalLink(bad);
            assertThat(TaskRules.check(draft)).as(bad).extracting(v -> v.reason()).containsExactly(TaskProblem.LINK_INVALID);
        }
    }

    @Test
    void aTaskNeedsATitleAndACategory() {
        TaskDraft draft = new TaskDraft();
        assertThat(TaskRules.check(draft)).extracting(v -> v.reason())
                .containsExactly(TaskProblem.TITLE_REQUIRED, TaskProblem.CATEGORY_REQUIRED);
    }

    @Test
    void measuredImpactIsNotNegative() {
        TaskDraft draft = alertCleanup();
        draft.setCostSavedPerMonth(new BigDecimal("-1"));
        assertThat(TaskRules.check(draft)).extracting(v -> v.field()).containsExactly("costSavedPerMonth");
    }

    @Test
    void everyPartOfAPreMortemIsRequired() {
        assertThat(TaskRules.checkPreMortem(new PreMortemDraft("本番DBが止まる", " ", "", null)))
                .extracting(v -> v.field()).containsExactly("rootCauses", "prevention", "rollbackProcedure");
    }

    // Each rule on its own, by name

    @Test
    void titleIsGivenWithinTwoHundredCharacters() {
        TaskDraft draft = alertCleanup();
        assertThat(TaskRules.TITLE_IS_GIVEN.check(draft)).isEmpty();
        draft.setTitle("  ");
        assertThat(TaskRules.TITLE_IS_GIVEN.check(draft)).extracting(Violation::reason).containsExactly(TaskProblem.TITLE_REQUIRED);
        draft.setTitle("題".repeat(TaskRules.TITLE_MAX_LENGTH + 1));
        assertThat(TaskRules.TITLE_IS_GIVEN.check(draft)).extracting(Violation::reason).containsExactly(TaskProblem.TITLE_TOO_LONG);
    }

    @Test
    void descriptionAndOutcomeFitTheirColumns() {
        TaskDraft draft = alertCleanup();
        draft.setDescription("x".repeat(TaskRules.TEXT_MAX_LENGTH));
        draft.setOutcome("x".repeat(TaskRules.TEXT_MAX_LENGTH));
        assertThat(TaskRules.DESCRIPTION_FITS.check(draft)).isEmpty();
        assertThat(TaskRules.OUTCOME_FITS.check(draft)).isEmpty();
        draft.setDescription("x".repeat(TaskRules.TEXT_MAX_LENGTH + 1));
        draft.setOutcome("x".repeat(TaskRules.TEXT_MAX_LENGTH + 1));
        assertThat(TaskRules.DESCRIPTION_FITS.check(draft)).extracting(Violation::reason)
                .containsExactly(TaskProblem.DESCRIPTION_TOO_LONG);
        assertThat(TaskRules.OUTCOME_FITS.check(draft)).extracting(Violation::reason).containsExactly(TaskProblem.OUTCOME_TOO_LONG);
    }

    @Test
    void categoryPriorityAndRiskAreChosen() {
        TaskDraft draft = new TaskDraft();
        draft.setPriority(null);
        draft.setRisk(null);
        assertThat(TaskRules.CATEGORY_IS_CHOSEN.check(draft)).extracting(Violation::field).containsExactly("category");
        assertThat(TaskRules.PRIORITY_IS_CHOSEN.check(draft)).extracting(Violation::field).containsExactly("priority");
        assertThat(TaskRules.RISK_IS_CHOSEN.check(draft)).extracting(Violation::field).containsExactly("risk");
        assertThat(TaskRules.CATEGORY_IS_CHOSEN.check(alertCleanup())).isEmpty();
    }

    @Test
    void theLinkIsAWebAddressOrNothing() {
        TaskDraft draft = alertCleanup();
        assertThat(TaskRules.LINK_IS_A_WEB_ADDRESS.check(draft)).isEmpty();
        draft.setExternalLink("https://example.com/" + "a".repeat(TaskRules.LINK_MAX_LENGTH));
        assertThat(TaskRules.LINK_IS_A_WEB_ADDRESS.check(draft)).extracting(Violation::reason)
                .containsExactly(TaskProblem.LINK_INVALID);
    }

    @Test
    void bothImpactFiguresAreCheckedAndZeroIsFine() {
        TaskDraft draft = alertCleanup();
        draft.setCostSavedPerMonth(BigDecimal.ZERO);
        draft.setToilHoursSavedPerMonth(new BigDecimal("-0.5"));
        assertThat(TaskRules.IMPACT_IS_NOT_NEGATIVE.check(draft)).extracting(Violation::field)
                .containsExactly("toilHoursSavedPerMonth");
        draft.setCostSavedPerMonth(new BigDecimal("-1"));
        assertThat(TaskRules.IMPACT_IS_NOT_NEGATIVE.check(draft)).extracting(Violation::field)
                .containsExactly("costSavedPerMonth", "toilHoursSavedPerMonth");
    }

    @Test
    void eachPreMortemPartFitsItsCell() {
        String tooLong = "x".repeat(TaskRules.PREMORTEM_PART_MAX_LENGTH + 1);
        assertThat(TaskRules.EVERY_PREMORTEM_PART_IS_WRITTEN.check(new PreMortemDraft("a", "b", "c", tooLong)))
                .extracting(Violation::field, Violation::reason)
                .containsExactly(tuple("rollbackProcedure", TaskProblem.PREMORTEM_FIELD_TOO_LONG));
    }

    @Test
    void aReviewCommentIsRequiredOnlyWhenTheDecisionNeedsOne() {
        assertThat(TaskRules.checkComment(" ", false)).isEmpty();
        assertThat(TaskRules.checkComment(" ", true)).extracting(Violation::reason).containsExactly(TaskProblem.COMMENT_REQUIRED);
        assertThat(TaskRules.checkComment("x".repeat(TaskRules.COMMENT_MAX_LENGTH + 1), false)).extracting(Violation::reason)
                .containsExactly(TaskProblem.COMMENT_TOO_LONG);
    }
}
