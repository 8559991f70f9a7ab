package dev.ryugaku.core.retrospective;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.Rule;
import dev.ryugaku.core.shared.Violation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a retrospective, a final evaluation and a follow-up must hold. A draft may be incomplete
 * (only lengths and ranges are checked); what is submitted must be complete. A submitted record
 * that is corrected later is checked as a submission again.
 */
public final class RetrospectiveRules {

    public static final int TEXT_MAX_LENGTH = 2000;
    public static final int ITEM_TITLE_MAX_LENGTH = 200;
    public static final int LINK_MAX_LENGTH = 500;
    public static final int MAX_ITEMS = 20;

    static final Rule<RetrospectiveDraft> LEARNED_IS_WRITTEN = isWritten("learned", RetrospectiveDraft::learned,
            RetrospectiveProblem.LEARNED_REQUIRED);

    static final Rule<RetrospectiveDraft> RECOMMEND_SCORE_IS_GIVEN = Rule.refuseWhen(draft -> draft.recommendScore() == null,
            "recommendScore", RetrospectiveProblem.RECOMMEND_REQUIRED, NetPromoterScore.MIN_SCORE, NetPromoterScore.MAX_SCORE);

    static final Rule<RetrospectiveDraft> RECOMMEND_SCORE_IS_IN_RANGE = Rule.refuseWhen(draft -> {
        Integer score = draft.recommendScore();
        return score != null && (score < NetPromoterScore.MIN_SCORE || score > NetPromoterScore.MAX_SCORE);
    }, "recommendScore", RetrospectiveProblem.RECOMMEND_OUT_OF_RANGE, NetPromoterScore.MIN_SCORE, NetPromoterScore.MAX_SCORE);

    static final Rule<RetrospectiveDraft> RETROSPECTIVE_TEXTS_FIT = Rule.all(List.of(
            fits("learned", RetrospectiveDraft::learned), fits("hardest", RetrospectiveDraft::hardest),
            fits("keep", RetrospectiveDraft::keep), fits("problem", RetrospectiveDraft::problem),
            fits("tryNext", RetrospectiveDraft::tryNext), fits("programFeedback", RetrospectiveDraft::programFeedback),
            fits("mentorComments", RetrospectiveDraft::mentorComments)));

    private static final Rule<RetrospectiveDraft> RETROSPECTIVE_DRAFT = Rule.all(List.of(RECOMMEND_SCORE_IS_IN_RANGE,
            RETROSPECTIVE_TEXTS_FIT));
    private static final Rule<RetrospectiveDraft> RETROSPECTIVE_SUBMISSION = Rule.all(List.of(LEARNED_IS_WRITTEN,
            RECOMMEND_SCORE_IS_GIVEN, RECOMMEND_SCORE_IS_IN_RANGE, RETROSPECTIVE_TEXTS_FIT));

    static final Rule<EvaluationDraft> SUMMARY_IS_WRITTEN = isWritten("summary", EvaluationDraft::summary,
            RetrospectiveProblem.SUMMARY_REQUIRED);

    static final Rule<EvaluationDraft> READINESS_IS_CHOSEN = Rule.refuseWhen(draft -> draft.readiness() == null,
            "readiness", RetrospectiveProblem.READINESS_REQUIRED);

    static final Rule<EvaluationDraft> EVALUATION_TEXTS_FIT = Rule.all(List.of(fits("summary", EvaluationDraft::summary),
            fits("strengths", EvaluationDraft::strengths), fits("nextSteps", EvaluationDraft::nextSteps)));

    private static final Rule<EvaluationDraft> EVALUATION_DRAFT = EVALUATION_TEXTS_FIT;
    private static final Rule<EvaluationDraft> EVALUATION_SUBMISSION = Rule.all(List.of(SUMMARY_IS_WRITTEN,
            READINESS_IS_CHOSEN, EVALUATION_TEXTS_FIT));

    static final Rule<FollowUpDraft> CHANGED_WORK_IS_WRITTEN = isWritten("changedWork", FollowUpDraft::changedWork,
            RetrospectiveProblem.CHANGED_WORK_REQUIRED);

    static final Rule<FollowUpDraft> CHANGED_WORK_FITS = fits("changedWork", FollowUpDraft::changedWork);

    static final Rule<FollowUpDraft> AT_MOST_TWENTY_ITEMS = Rule.refuseWhen(
            draft -> draft.broughtBack().stream().filter(item -> !isBlank(item)).count() > MAX_ITEMS,
            "broughtBack", RetrospectiveProblem.TOO_MANY_ITEMS, MAX_ITEMS);

    /** Each listed item has a kind and a title within its length; a link, if given, is a web address. */
    static final Rule<FollowUpDraft> EACH_ITEM_IS_COMPLETE = draft -> {
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < draft.broughtBack().size(); i++) {
            BroughtBack item = draft.broughtBack().get(i);
            if (!isBlank(item)) {
                found.addAll(itemIsComplete("broughtBack[" + i + "].").check(item));
            }
        }
        return found;
    };

    private static final Rule<FollowUpDraft> FOLLOW_UP_DRAFT = Rule.all(List.of(CHANGED_WORK_FITS, AT_MOST_TWENTY_ITEMS,
            EACH_ITEM_IS_COMPLETE));
    private static final Rule<FollowUpDraft> FOLLOW_UP_SUBMISSION = Rule.all(List.of(CHANGED_WORK_IS_WRITTEN,
            CHANGED_WORK_FITS, AT_MOST_TWENTY_ITEMS, EACH_ITEM_IS_COMPLETE));

    private RetrospectiveRules() {
    }

    /** On submission: what was learned, and the recommend score 0–10. */
    public static List<Violation> checkRetrospective(RetrospectiveDraft draft, boolean submit) {
        return (submit ? RETROSPECTIVE_SUBMISSION : RETROSPECTIVE_DRAFT).check(draft);
    }

    /** On submission: a summary and the readiness for on-call. */
    public static List<Violation> checkEvaluation(EvaluationDraft draft, boolean submit) {
        return (submit ? EVALUATION_SUBMISSION : EVALUATION_DRAFT).check(draft);
    }

    /**
     * On submission: how the rotation changed the graduate's work. Each listed item has a kind and a
     * title; a link, if given, is a web address (http or https). Empty lines are dropped, not refused.
     */
    public static List<Violation> checkFollowUp(FollowUpDraft draft, boolean submit) {
        return (submit ? FOLLOW_UP_SUBMISSION : FOLLOW_UP_DRAFT).check(draft);
    }

    private static Rule<BroughtBack> itemIsComplete(String prefix) {
        return Rule.all(List.of(
                Rule.refuseWhen(item -> item.kind() == null, prefix + "kind", RetrospectiveProblem.ITEM_KIND_REQUIRED),
                isWritten(prefix + "title", BroughtBack::title, RetrospectiveProblem.ITEM_TITLE_REQUIRED),
                Rule.refuseWhen(item -> item.title() != null && item.title().strip().length() > ITEM_TITLE_MAX_LENGTH,
                        prefix + "title", RetrospectiveProblem.TEXT_TOO_LONG, ITEM_TITLE_MAX_LENGTH),
                Rule.refuseWhen(item -> item.link() != null && !item.link().isBlank() && !isWebAddress(item.link().strip()),
                        prefix + "link", RetrospectiveProblem.LINK_INVALID, LINK_MAX_LENGTH)));
    }

    /** A line with neither title nor link typed: left out, whatever kind was chosen. */
    static boolean isBlank(BroughtBack item) {
        return (item.title() == null || item.title().isBlank()) && (item.link() == null || item.link().isBlank());
    }

    /** An absolute http(s) address with a host, short enough to store. */
    public static boolean isWebAddress(String text) {
        if (text.length() > LINK_MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static <T> Rule<T> isWritten(String field, Function<T, String> text, RetrospectiveProblem problem) {
        return Rule.refuseWhen(input -> text.apply(input) == null || text.apply(input).isBlank(), field, problem);
    }

    /** Lengths are counted without the surrounding blanks, which are not stored. */
    private static <T> Rule<T> fits(String field, Function<T, String> text) {
        return Rule.refuseWhen(input -> text.apply(input) != null && text.apply(input).strip().length() > TEXT_MAX_LENGTH,
                field, RetrospectiveProblem.TEXT_TOO_LONG, TEXT_MAX_LENGTH);
    }
}
