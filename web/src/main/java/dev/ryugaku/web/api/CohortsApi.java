package dev.ryugaku.web.api;

import dev.ryugaku.core.cohort.CohortDetails;
import dev.ryugaku.core.cohort.CohortDraft;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cohorts (期) and their enrollments, as {@link CohortService} and {@link EnrollmentService} let the caller see them. */
@RestController
@RequestMapping("/api/v1/cohorts")
@Tag(name = "cohorts", description = "Cohorts (期): everyone reads the cohorts they take part in, owners all and change them")
class CohortsApi {

    private final CohortService cohorts;
    private final EnrollmentService enrollments;

    CohortsApi(CohortService cohorts, EnrollmentService enrollments) {
        this.cohorts = cohorts;
        this.enrollments = enrollments;
    }

    @GetMapping
    @Operation(summary = "The cohorts the caller may see, newest first")
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "sort by name, startDate, endDate, capacity or hostTeamName, e.g. sort=startDate,desc",
            array = @ArraySchema(schema = @Schema(type = "string")))
    ApiPage<CohortSummary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                                @Parameter(hidden = true) Sort sort) {
        Pageable pageable = ApiLists.pageable(page, size, sort);
        return ApiLists.page(pageable, cohorts.list(pageable), cohorts::count);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One cohort; its version is the ETag")
    ResponseEntity<CohortDetails> get(@PathVariable long id) {
        CohortDetails cohort = cohorts.get(id);
        return ApiVersions.ok(cohort.version(), cohort);
    }

    @PostMapping
    @Operation(summary = "Schedules a cohort (owners)")
    ResponseEntity<CohortDetails> create(@RequestBody CohortDraft draft) {
        CohortDetails cohort = cohorts.get(cohorts.create(draft));
        return ApiVersions.created("/api/v1/cohorts/" + cohort.id(), cohort.version(), cohort);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes a cohort (owners); If-Match names the version read")
    ResponseEntity<CohortDetails> update(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @RequestBody CohortDraft draft) {
        cohorts.update(id, ApiVersions.expected(ifMatch), draft);
        return get(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Cancels a cohort (owners); If-Match names the version read")
    ResponseEntity<CohortDetails> cancel(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        cohorts.cancel(id, ApiVersions.expected(ifMatch));
        return get(id);
    }

    @GetMapping("/{id}/enrollments")
    @Operation(summary = "The cohort's enrollments the caller may see: owners all, others their own and their mentees'")
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "by name; sort by personName, primaryMentorName, secondaryMentorName or status, e.g. sort=status",
            array = @ArraySchema(schema = @Schema(type = "string")))
    ApiPage<EnrollmentSummary> enrollments(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "50") int size, @Parameter(hidden = true) Sort sort) {
        cohorts.get(id);
        return ApiLists.slice(enrollments.listForCohort(id, sort), page, size);
    }
}
