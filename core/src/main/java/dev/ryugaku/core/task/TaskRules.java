package dev.ryugaku.core.task;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.Rule;
import dev.ryugaku.core.shared.Violation;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/** The rules a task input follows on its own, each small and named. */
public final class TaskRules {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int LINK_MAX_LENGTH = 500;
    public static final int COMMENT_MAX_LENGTH = 2000;
    /** Each part of a pre-mortem; four of them fit one row of the table. */
    public static final int PREMORTEM_PART_MAX_LENGTH = 2000;

    static final Rule<TaskDraft> TITLE_IS_GIVEN = draft -> {
        String title = draft.getTitle() == null ? "" : draft.getTitle().strip();
        if (title.isEmpty()) {
            return List.of(of("title", TaskProblem.TITLE_REQUIRED));
        }
        if (title.codePointCount(0, title.length()) > TITLE_MAX_LENGTH) {
            return List.of(of("title", TaskProblem.TITLE_TOO_LONG, TITLE_MAX_LENGTH));
        }
        return List.of();
    };

    static final Rule<TaskDraft> DESCRIPTION_FITS = Rule.fits("description", TaskDraft::getDescription, TEXT_MAX_LENGTH,
            TaskProblem.DESCRIPTION_TOO_LONG);

    static final Rule<TaskDraft> CATEGORY_IS_CHOSEN = Rule.refuseWhen(draft -> draft.getCategory() == null,
            "category", TaskProblem.CATEGORY_REQUIRED);

    static final Rule<TaskDraft> PRIORITY_IS_CHOSEN = Rule.refuseWhen(draft -> draft.getPriority() == null,
            "priority", TaskProblem.PRIORITY_REQUIRED);

    static final Rule<TaskDraft> RISK_IS_CHOSEN = Rule.refuseWhen(draft -> draft.getRisk() == null,
            "risk", TaskProblem.RISK_REQUIRED);

    static final Rule<TaskDraft> LINK_IS_A_WEB_ADDRESS = Rule.refuseWhen(draft -> !isWebLink(draft.getExternalLink()),
            "externalLink", TaskProblem.LINK_INVALID);

    static final Rule<TaskDraft> OUTCOME_FITS = Rule.fits("outcome", TaskDraft::getOutcome, TEXT_MAX_LENGTH,
            TaskProblem.OUTCOME_TOO_LONG);

    static final Rule<TaskDraft> IMPACT_IS_NOT_NEGATIVE = Rule.all(List.of(
            Rule.refuseWhen(draft -> isNegative(draft.getCostSavedPerMonth()), "costSavedPerMonth", TaskProblem.IMPACT_NEGATIVE),
            Rule.refuseWhen(draft -> isNegative(draft.getToilHoursSavedPerMonth()), "toilHoursSavedPerMonth",
                    TaskProblem.IMPACT_NEGATIVE)));

    private static final Rule<TaskDraft> ALL = Rule.all(List.of(TITLE_IS_GIVEN, DESCRIPTION_FITS, CATEGORY_IS_CHOSEN,
            PRIORITY_IS_CHOSEN, RISK_IS_CHOSEN, LINK_IS_A_WEB_ADDRESS, OUTCOME_FITS, IMPACT_IS_NOT_NEGATIVE));

    /** Each of the four parts is written, within its length. */
    static final Rule<PreMortemDraft> EVERY_PREMORTEM_PART_IS_WRITTEN = Rule.all(List.of(
            partIsWritten("failureScenario", PreMortemDraft::failureScenario),
            partIsWritten("rootCauses", PreMortemDraft::rootCauses),
            partIsWritten("prevention", PreMortemDraft::prevention),
            partIsWritten("rollbackProcedure", PreMortemDraft::rollbackProcedure)));

    private TaskRules() {
    }

    /** Every rule the task input breaks, in form order; empty when it may be saved. */
    public static List<Violation> check(TaskDraft draft) {
        return ALL.check(draft);
    }

    /** Empty, or an absolute http(s) URL with a host: a ticket or pull request. */
    static boolean isWebLink(String link) {
        if (link == null || link.isBlank()) {
            return true;
        }
        if (link.strip().length() > LINK_MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = URI.create(link.strip());
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    /** A review comment within its length; {@code required} when the decision needs a reason. */
    public static List<Violation> checkComment(String comment, boolean required) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            return required ? List.of(of("comment", TaskProblem.COMMENT_REQUIRED)) : List.of();
        }
        if (text.length() > COMMENT_MAX_LENGTH) {
            return List.of(of("comment", TaskProblem.COMMENT_TOO_LONG, COMMENT_MAX_LENGTH));
        }
        return List.of();
    }

    public static List<Violation> checkPreMortem(PreMortemDraft draft) {
        return EVERY_PREMORTEM_PART_IS_WRITTEN.check(draft);
    }

    private static Rule<PreMortemDraft> partIsWritten(String field, Function<PreMortemDraft, String> part) {
        return draft -> {
            String text = part.apply(draft);
            if (text == null || text.isBlank()) {
                return List.of(of(field, TaskProblem.PREMORTEM_FIELD_REQUIRED));
            }
            if (text.length() > PREMORTEM_PART_MAX_LENGTH) {
                return List.of(of(field, TaskProblem.PREMORTEM_FIELD_TOO_LONG, PREMORTEM_PART_MAX_LENGTH));
            }
            return List.of();
        };
    }

    private static boolean isNegative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }
}
