package dev.ryugaku.web.api;

import dev.ryugaku.core.enrollment.EnrollmentDetails;
import dev.ryugaku.core.enrollment.EnrollmentDraft;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Enrollments (留学): one rotation of a person in a cohort. A cohort's list is at /cohorts/{id}/enrollments. */
@RestController
@RequestMapping("/api/v1/enrollments")
@Tag(name = "enrollments", description = "Enrollments (留学): read by their participant, mentors and owners; created and moved by owners")
class EnrollmentsApi {

    private final EnrollmentService enrollments;

    EnrollmentsApi(EnrollmentService enrollments) {
        this.enrollments = enrollments;
    }

    @GetMapping("/mine")
    @Operation(summary = "The caller's own enrollments as participant, latest first: where a bot finds the rotation it logs for")
    List<EnrollmentSummary> mine() {
        return enrollments.myEnrollments();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enrollment; its version is the ETag")
    ResponseEntity<EnrollmentDetails> get(@PathVariable long id) {
        EnrollmentDetails enrollment = enrollments.get(id);
        return ApiVersions.ok(enrollment.version(), enrollment);
    }

    @PostMapping
    @Operation(summary = "Enrolls a person in a cohort with their mentors (owners)")
    ResponseEntity<EnrollmentDetails> create(@RequestBody EnrollmentDraft draft) {
        EnrollmentDetails enrollment = enrollments.get(enrollments.enroll(draft));
        return ApiVersions.created("/api/v1/enrollments/" + enrollment.id(), enrollment.version(), enrollment);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Starts (ACTIVE), graduates (GRADUATED) or withdraws (WITHDRAWN, with a reason) the rotation (owners); If-Match names the version read")
    ResponseEntity<EnrollmentDetails> changeStatus(@PathVariable long id,
                                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                   @RequestBody StatusChange change) {
        long expected = ApiVersions.expected(ifMatch);
        switch (change.to() == null ? EnrollmentStatus.PLANNED : change.to()) {
            case ACTIVE -> enrollments.activate(id, expected);
            case GRADUATED -> enrollments.graduate(id, expected);
            case WITHDRAWN -> enrollments.withdraw(id, expected, change.reason());
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "api.problem.enrollmentStatus");
        }
        return get(id);
    }

    /** The status to move to, and the reason for a withdrawal. */
    record StatusChange(EnrollmentStatus to, String reason) {
    }
}
