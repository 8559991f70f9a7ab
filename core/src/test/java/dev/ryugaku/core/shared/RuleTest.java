package dev.ryugaku.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.task.TaskProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTest {

    private static final Rule<String> NOT_EMPTY = Rule.refuseWhen(String::isEmpty, "title", TaskProblem.TITLE_REQUIRED);
    private static final Rule<String> AT_MOST_THREE = Rule.fits("title", text -> text, 3, TaskProblem.TITLE_TOO_LONG);

    @Test
    void aRuleRefusesOnlyWhenItsConditionHolds() {
        assertThat(NOT_EMPTY.check("a")).isEmpty();
        assertThat(NOT_EMPTY.check("")).containsExactly(Violation.of("title", TaskProblem.TITLE_REQUIRED));
    }

    @Test
    void aTextFitsUpToItsMaximumAndAnAbsentOneAlways() {
        assertThat(AT_MOST_THREE.check("abc")).isEmpty();
        assertThat(AT_MOST_THREE.check(null)).isEmpty();
        assertThat(AT_MOST_THREE.check("abcd")).containsExactly(Violation.of("title", TaskProblem.TITLE_TOO_LONG, 3));
    }

    @Test
    void allRulesReportEveryViolationInTheirOrder() {
        Rule<String> both = Rule.all(List.of(AT_MOST_THREE, Rule.refuseWhen(text -> text.contains("!"), "title",
                TaskProblem.LINK_INVALID)));
        assertThat(both.check("abc!")).extracting(Violation::reason)
                .containsExactly(TaskProblem.TITLE_TOO_LONG, TaskProblem.LINK_INVALID);
        assertThat(both.check("ab")).isEmpty();
    }
}
