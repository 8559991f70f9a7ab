package dev.ryugaku.core.reminder;

import java.time.LocalDate;
import java.time.ZoneId;

/** A graduated rotation whose follow-up is not submitted, with the graduate's zone (their "today"). */
public record GraduateFollowUp(long enrollmentId, long participantId, String participantZone, String cohortName,
                               LocalDate rotationEnd) {

    public ZoneId zone() {
        return ZoneId.of(participantZone);
    }
}
