package dev.ryugaku.core.retrospective;

import static dev.ryugaku.core.shared.Violation.of;

import dev.ryugaku.core.shared.Violation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

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

    private RetrospectiveRules() {
    }

    /** On submission: what was learned, and the recommend score 0–10. */
    public static List<Violation> checkRetrospective(RetrospectiveDraft draft, boolean submit) {
        List<Violation> found = new ArrayList<>();
        if (submit) {
            required("learned", draft.learned(), RetrospectiveProblem.LEARNED_REQUIRED, found);
        }
        Integer score = draft.recommendScore();
        if (score == null) {
            if (submit) {
                found.add(of("recommendScore", RetrospectiveProblem.RECOMMEND_REQUIRED,
                        NetPromoterScore.MIN_SCORE, NetPromoterScore.MAX_SCORE));
            }
        } else if (score < NetPromoterScore.MIN_SCORE || score > NetPromoterScore.MAX_SCORE) {
            found.add(of("recommendScore", RetrospectiveProblem.RECOMMEND_OUT_OF_RANGE,
                    NetPromoterScore.MIN_SCORE, NetPromoterScore.MAX_SCORE));
        }
        length("learned", draft.learned(), found);
        length("hardest", draft.hardest(), found);
        length("keep", draft.keep(), found);
        length("problem", draft.problem(), found);
        length("tryNext", draft.tryNext(), found);
        length("programFeedback", draft.programFeedback(), found);
        length("mentorComments", draft.mentorComments(), found);
        return found;
    }

    /** On submission: a summary and the readiness for on-call. */
    public static List<Violation> checkEvaluation(EvaluationDraft draft, boolean submit) {
        List<Violation> found = new ArrayList<>();
        if (submit) {
            required("summary", draft.summary(), RetrospectiveProblem.SUMMARY_REQUIRED, found);
            if (draft.readiness() == null) {
                found.add(of("readiness", RetrospectiveProblem.READINESS_REQUIRED));
            }
        }
        length("summary", draft.summary(), found);
        length("strengths", draft.strengths(), found);
        length("nextSteps", draft.nextSteps(), found);
        return found;
    }

    /**
     * On submission: how the rotation changed the graduate's work. Each listed item has a kind and a
     * title; a link, if given, is a web address (http or https). Empty lines are dropped, not refused.
     */
    public static List<Violation> checkFollowUp(FollowUpDraft draft, boolean submit) {
        List<Violation> found = new ArrayList<>();
        if (submit) {
            required("changedWork", draft.changedWork(), RetrospectiveProblem.CHANGED_WORK_REQUIRED, found);
        }
        length("changedWork", draft.changedWork(), found);
        List<BroughtBack> items = draft.broughtBack().stream().filter(item -> !isBlank(item)).toList();
        if (items.size() > MAX_ITEMS) {
            found.add(of("broughtBack", RetrospectiveProblem.TOO_MANY_ITEMS, MAX_ITEMS));
        }
        for (int i = 0; i < draft.broughtBack().size(); i++) {
            BroughtBack item = draft.broughtBack().get(i);
            if (isBlank(item)) {
                continue;
            }
            String prefix = "broughtBack[" + i + "].";
            if (item.kind() == null) {
                found.add(of(prefix + "kind", RetrospectiveProblem.ITEM_KIND_REQUIRED));
            }
            required(prefix + "title", item.title(), RetrospectiveProblem.ITEM_TITLE_REQUIRED, found);
            if (item.title() != null && item.title().strip().length() > ITEM_TITLE_MAX_LENGTH) {
                found.add(of(prefix + "title", RetrospectiveProblem.TEXT_TOO_LONG, ITEM_TITLE_MAX_LENGTH));
            }
            if (item.link() != null && !item.link().isBlank() && !isWebAddress(item.link().strip())) {
                found.add(of(prefix + "link", RetrospectiveProblem.LINK_INVALID, LINK_MAX_LENGTH));
            }
        }
        return found;
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

    private static void required(String field, String text, RetrospectiveProblem problem, List<Violation> found) {
        if (text == null || text.isBlank()) {
            found.add(of(field, problem));
        }
    }

    private static void length(String field, String text, List<Violation> found) {
        if (text != null && text.strip().length() > TEXT_MAX_LENGTH) {
            found.add(of(field, RetrospectiveProblem.TEXT_TOO_LONG, TEXT_MAX_LENGTH));
        }
    }
}
