package dev.ryugaku.core.retrospective;

import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.RecordNotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Program feedback for owners: per cohort the response rates, the recommend scores and NPS, the
 * readiness counts, the retrospectives' texts and the follow-ups; and a comparison across cohorts.
 * A fixed number of queries whatever the number of cohorts and answers; lists are bounded.
 */
@Service
public class FeedbackService {

    /** How many cohorts the comparison goes back. */
    public static final int COHORTS_COMPARED = 24;
    /** How many answers of one cohort are listed (a cohort has a handful; this is a guard). */
    public static final int ANSWERS_LISTED = 200;

    private static final Comparator<CohortResponses> LATEST_FIRST = Comparator.comparing(CohortResponses::startDate)
            .thenComparingLong(CohortResponses::cohortId).reversed();

    private final FeedbackQueries queries;
    private final List<CohortGrowthSource> growthSources;
    private final CurrentActor currentActor;

    public FeedbackService(FeedbackQueries queries, List<CohortGrowthSource> growthSources, CurrentActor currentActor) {
        this.queries = queries;
        this.growthSources = List.copyOf(growthSources);
        this.currentActor = currentActor;
    }

    /**
     * The comparison and one cohort: the chosen one if it has running or graduated rotations (it is
     * compared too, however old), else the latest with a submitted retrospective, else the latest.
     * Program owners only.
     */
    @Transactional(readOnly = true)
    public FeedbackPage page(Long cohortId) {
        currentActor.requiring(Role.PROGRAM_OWNER);
        List<CohortResponses> cohorts = queries.responses(cohortId, PageRequest.of(0, COHORTS_COMPARED)).stream()
                .sorted(LATEST_FIRST).toList();
        if (cohorts.isEmpty()) {
            return new FeedbackPage(List.of(), !growthSources.isEmpty(), null);
        }
        List<Long> ids = cohorts.stream().map(CohortResponses::cohortId).toList();
        List<ScoreCount> scores = queries.recommendCounts(ids);
        List<ReadinessCount> readiness = queries.readinessCounts(ids);
        Map<Long, CohortGrowthSource.CohortGrowth> growth = growthSources.isEmpty() ? Map.of()
                : growthSources.getFirst().averageGrowth(ids);
        CohortResponses selected = cohorts.stream().filter(c -> cohortId != null && c.cohortId() == cohortId).findFirst()
                .or(() -> cohorts.stream().filter(c -> c.retrospectives() > 0).findFirst())
                .orElse(cohorts.getFirst());
        return new FeedbackPage(FeedbackFigures.compare(cohorts, scores, readiness, growth), !growthSources.isEmpty(),
                feedback(selected, scores, readiness));
    }

    /** One cohort's feedback, for export; a cohort without running or graduated rotations is not found. */
    @Transactional(readOnly = true)
    public CohortFeedback cohort(long cohortId) {
        currentActor.requiring(Role.PROGRAM_OWNER);
        CohortResponses responses = queries.responsesOf(cohortId)
                .orElseThrow(() -> new RecordNotFoundException("CohortFeedback", cohortId));
        List<Long> ids = List.of(cohortId);
        return feedback(responses, queries.recommendCounts(ids), queries.readinessCounts(ids));
    }

    private CohortFeedback feedback(CohortResponses cohort, List<ScoreCount> scores, List<ReadinessCount> readiness) {
        PageRequest bounded = PageRequest.of(0, ANSWERS_LISTED);
        List<FollowUpText> texts = queries.followUpTexts(cohort.cohortId(), bounded);
        List<FollowUpItemRow> items = texts.isEmpty() ? List.of()
                : queries.followUpItems(texts.stream().map(FollowUpText::followUpId).toList());
        return new CohortFeedback(cohort, FeedbackFigures.recommend(cohort.cohortId(), scores),
                FeedbackFigures.readiness(cohort.cohortId(), readiness),
                textsShown(cohort) ? queries.retrospectiveAnswers(cohort.cohortId(), bounded) : List.of(),
                FeedbackFigures.followUps(texts, items));
    }

    /**
     * A cohort's retrospective texts are listed only from three submitted retrospectives, like the
     * figures: beside "1 of 4 answered" a single text names its writer.
     */
    private static boolean textsShown(CohortResponses cohort) {
        return AggregateThreshold.allows(cohort.retrospectives());
    }
}
