package dev.ryugaku.web.api;

import dev.ryugaku.core.dashboard.CohortKpis;
import dev.ryugaku.core.dashboard.DashboardService;
import dev.ryugaku.core.retrospective.FeedbackService;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.web.retrospective.FeedbackJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Program figures for BI tools, program owners only: the dashboard's cohort figures and the feedback aggregates. */
@RestController
@RequestMapping("/api/v1/figures")
@Tag(name = "figures", description = "Program figures (owners): the dashboard's cohort figures and /feedback's aggregates with the 3-answer rule")
class FiguresApi {

    private final DashboardService dashboard;
    private final FeedbackService feedback;

    FiguresApi(DashboardService dashboard, FeedbackService feedback) {
        this.dashboard = dashboard;
        this.feedback = feedback;
    }

    @GetMapping("/cohorts/{cohortId}")
    @Operation(summary = "The dashboard's figures of one cohort")
    CohortKpis cohort(@PathVariable long cohortId) {
        return Optional.ofNullable(dashboard.dashboard(cohortId).selected())
                .filter(kpis -> kpis.cohortId() == cohortId)
                .orElseThrow(() -> new RecordNotFoundException("Cohort", cohortId));
    }

    @GetMapping("/cohorts/{cohortId}/feedback")
    @Operation(summary = "One cohort's feedback: counts always; scores, readiness and texts only from three answers on (else null or empty)")
    FeedbackJson.Export feedback(@PathVariable long cohortId) {
        return FeedbackJson.export(feedback.cohort(cohortId));
    }
}
