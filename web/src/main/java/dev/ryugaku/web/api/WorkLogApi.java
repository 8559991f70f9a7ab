package dev.ryugaku.web.api;

import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.worklog.WorkLogDraft;
import dev.ryugaku.core.worklog.WorkLogEntryRow;
import dev.ryugaku.core.worklog.WorkLogService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * Work-log entries (作業ログ) of a rotation. Whoever sees the rotation reads them; only its
 * participant writes them — a bot logging on-call minutes for a participant uses that participant's
 * token. The week rules (no future dates, 24 hours a day, reviewed weeks read-only) are the UI's.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "work log", description = "Work-log entries (作業ログ): read by the rotation's participant, mentors and owners; written by its participant only")
class WorkLogApi {

    private final WorkLogService log;
    private final EnrollmentService rotations;

    WorkLogApi(WorkLogService log, EnrollmentService rotations) {
        this.log = log;
        this.rotations = rotations;
    }

    @GetMapping("/enrollments/{enrollmentId}/work-log")
    @Operation(summary = "The rotation's entries of one week (week=any day of it) or of a range (from, to; at most 366 days)")
    List<WorkLogEntryRow> entries(@PathVariable long enrollmentId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (week != null) {
            LocalDate monday = week.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return log.entries(enrollmentId, monday, monday.plusDays(6));
        }
        if (from == null || to == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "api.problem.workLogRange");
        }
        return log.entries(enrollmentId, from, to);
    }

    @GetMapping("/work-log/{entryId}")
    @Operation(summary = "One entry; its version is the ETag")
    ResponseEntity<WorkLogEntryRow> entry(@PathVariable long entryId) {
        WorkLogEntryRow entry = log.entry(entryId);
        return ApiVersions.ok(entry.version(), entry);
    }

    @PostMapping("/enrollments/{enrollmentId}/work-log")
    @Operation(summary = "Logs an entry in the caller's own rotation (the participant's token)")
    ResponseEntity<WorkLogEntryRow> add(@PathVariable long enrollmentId, @RequestBody WorkLogDraft draft) {
        rotations.get(enrollmentId); // a rotation the caller may not see answers 404, like a missing one
        WorkLogEntryRow entry = log.entry(log.add(enrollmentId, draft));
        return ApiVersions.created("/api/v1/work-log/" + entry.id(), entry.version(), entry);
    }

    @PutMapping("/work-log/{entryId}")
    @Operation(summary = "Changes an entry; If-Match names the version read")
    ResponseEntity<WorkLogEntryRow> update(@PathVariable long entryId,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestBody WorkLogDraft draft) {
        long expected = ApiVersions.expected(ifMatch);
        log.entry(entryId); // an entry the caller may not see answers 404, like a missing one
        log.update(entryId, expected, draft);
        return entry(entryId);
    }

    @DeleteMapping("/work-log/{entryId}")
    @Operation(summary = "Deletes an entry; If-Match names the version read")
    ResponseEntity<Void> delete(@PathVariable long entryId,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long expected = ApiVersions.expected(ifMatch);
        log.entry(entryId);
        log.delete(entryId, expected);
        return ResponseEntity.noContent().build();
    }
}
