package dev.ryugaku.core.task;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.Violation;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The rules a task input follows on its own. */
public final class TaskRules {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int LINK_MAX_LENGTH = 500;
    public static final int COMMENT_MAX_LENGTH = 2000;
    /** Each part of a pre-mortem; four of them fit one row of the table. */
    public static final int PREMORTEM_PART_MAX_LENGTH = 2000;

    private TaskRules() {
    }

    public static List<Violation> check(TaskDraft draft) {
        List<Violation> found = new ArrayList<>();
        String title = draft.getTitle() == null ? "" : draft.getTitle().strip();
        if (title.isEmpty()) {
            found.add(of("title", TaskProblem.TITLE_REQUIRED));
        } else if (title.codePointCount(0, title.length()) > TITLE_MAX_LENGTH) {
            found.add(of("title", TaskProblem.TITLE_TOO_LONG, TITLE_MAX_LENGTH));
        }
        if (draft.getDescription() != null && draft.getDescription().length() > TEXT_MAX_LENGTH) {
            found.add(of("description", TaskProblem.DESCRIPTION_TOO_LONG, TEXT_MAX_LENGTH));
        }
        if (draft.getCategory() == null) {
            found.add(of("category", TaskProblem.CATEGORY_REQUIRED));
        }
        if (draft.getPriority() == null) {
            found.add(of("priority", TaskProblem.PRIORITY_REQUIRED));
        }
        if (draft.getRisk() == null) {
            found.add(of("risk", TaskProblem.RISK_REQUIRED));
        }
        if (!isWebLink(draft.getExternalLink())) {
            found.add(of("externalLink", TaskProblem.LINK_INVALID));
        }
        if (draft.getOutcome() != null && draft.getOutcome().length() > TEXT_MAX_LENGTH) {
            found.add(of("outcome", TaskProblem.OUTCOME_TOO_LONG, TEXT_MAX_LENGTH));
        }
        if (isNegative(draft.getCostSavedPerMonth())) {
            found.add(of("costSavedPerMonth", TaskProblem.IMPACT_NEGATIVE));
        }
        if (isNegative(draft.getToilHoursSavedPerMonth())) {
            found.add(of("toilHoursSavedPerMonth", TaskProblem.IMPACT_NEGATIVE));
        }
        return found;
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
        List<Violation> found = new ArrayList<>();
        checkPart(found, "failureScenario", draft.failureScenario());
        checkPart(found, "rootCauses", draft.rootCauses());
        checkPart(found, "prevention", draft.prevention());
        checkPart(found, "rollbackProcedure", draft.rollbackProcedure());
        return found;
    }

    private static void checkPart(List<Violation> found, String field, String text) {
        if (text == null || text.isBlank()) {
            found.add(of(field, TaskProblem.PREMORTEM_FIELD_REQUIRED));
        } else if (text.length() > PREMORTEM_PART_MAX_LENGTH) {
            found.add(of(field, TaskProblem.PREMORTEM_FIELD_TOO_LONG, PREMORTEM_PART_MAX_LENGTH));
        }
    }

    private static boolean isNegative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }
}
