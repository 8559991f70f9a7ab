package dev.ryugaku.web.api;

import dev.ryugaku.core.checkin.CheckInDetail;
import dev.ryugaku.core.checkin.CheckInRecord;
import dev.ryugaku.core.checkin.CheckInRow;
import dev.ryugaku.core.checkin.CheckInService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Check-ins (チェックイン) of a rotation. Private notes come only to the rotation's mentors and
 * owners — never to the participant, even one who is also an owner; the service leaves them out.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "check-ins", description = "Check-ins (チェックイン): read by the rotation's participant, mentors and owners; recorded by mentors and owners")
class CheckInsApi {

    private final CheckInService checkIns;

    CheckInsApi(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @GetMapping("/enrollments/{enrollmentId}/check-ins")
    @Operation(summary = "The rotation's check-ins, oldest first (no private notes)")
    List<CheckInRow> list(@PathVariable long enrollmentId) {
        return checkIns.checkIns(enrollmentId);
    }

    @GetMapping("/check-ins/{id}")
    @Operation(summary = "One check-in with its action items; privateNotes is null unless the caller may read them")
    ResponseEntity<CheckInDetail> get(@PathVariable long id) {
        CheckInDetail checkIn = checkIns.detail(id);
        return ApiVersions.ok(checkIn.version(), checkIn);
    }

    @PutMapping("/check-ins/{id}/record")
    @Operation(summary = "Records (or corrects) the check-in (mentors and owners); If-Match names the version read")
    ResponseEntity<CheckInDetail> record(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @RequestBody CheckInRecord record) {
        checkIns.record(id, ApiVersions.expected(ifMatch), record);
        return get(id);
    }
}
