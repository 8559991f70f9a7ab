package dev.ryugaku.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

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
}
