package dev.ryugaku.web.retrospective;

import dev.ryugaku.core.retrospective.AggregateThreshold;
import dev.ryugaku.core.retrospective.BroughtBackKind;
import dev.ryugaku.core.retrospective.CohortFeedback;
import dev.ryugaku.core.retrospective.CohortResponses;
import dev.ryugaku.core.retrospective.RecommendScores;
import dev.ryugaku.core.retrospective.ReadinessCounts;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cohort's feedback as JSON for further processing: the same figures and texts as the page, field
 * names in English, dates ISO-8601. A figure below the threshold is null ({@code minimumAnswers}
 * says why); answers carry no names.
 */
public final class FeedbackJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public record Export(Cohort cohort, int minimumAnswers, Responses responses, Recommend recommend, Readiness readiness,
                  List<Retrospective> retrospectives, List<FollowUp> followUps) {
    }

    public record Cohort(long id, String name, LocalDate startDate, LocalDate endDate) {
    }

    public record Responses(long rotations, long graduates, long retrospectives, long evaluations, long followUps) {
    }

    /** @param distribution the number of answers per score, index 0 to 10 */
    public record Recommend(long answers, int nps, long promoters, long passives, long detractors, List<Long> distribution) {
    }

    public record Readiness(long notYet, long withSupport, long ready) {
    }

    public record Retrospective(String learned, String hardest, String keep, String problem, String tryNext,
                         String programFeedback) {
    }

    public record FollowUp(List<Item> broughtBack, String changedWork) {
    }

    public record Item(BroughtBackKind kind, String title, String link) {
    }

    private FeedbackJson() {
    }

    static byte[] write(CohortFeedback feedback) {
        return JSON.writeValueAsBytes(export(feedback));
    }

    /** The cohort's feedback as the JSON download and the API give it: counts, and figures only from three answers on. */
    public static Export export(CohortFeedback feedback) {
        CohortResponses r = feedback.responses();
        RecommendScores s = feedback.recommend();
        ReadinessCounts c = feedback.readiness();
        return new Export(new Cohort(r.cohortId(), r.cohortName(), r.startDate(), r.endDate()),
                AggregateThreshold.MINIMUM_ANSWERS,
                new Responses(r.rotations(), r.graduates(), r.retrospectives(), r.evaluations(), r.followUps()),
                s == null ? null : new Recommend(s.answers(), s.nps(), s.promoters(), s.passives(), s.detractors(),
                        s.distribution()),
                c == null ? null : new Readiness(c.notYet(), c.withSupport(), c.ready()),
                feedback.answers().stream().map(a -> new Retrospective(a.learned(), a.hardest(), a.keep(), a.problem(),
                        a.tryNext(), a.programFeedback())).toList(),
                feedback.followUps().stream().map(f -> new FollowUp(f.broughtBack().stream()
                        .map(i -> new Item(i.kind(), i.title(), i.link())).toList(), f.changedWork())).toList());
    }
}
