package dev.ryugaku.web.journey;

import dev.ryugaku.core.checkin.CheckInPlanningService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** Check-ins of the demo program for journeys: the demo's own may be days away. */
@Component
class DemoTalks {

    private final CheckInPlanningService checkInPlanning;
    private final EnrollmentFixtures fixtures;
    private final SignIn signIn;

    DemoTalks(CheckInPlanningService checkInPlanning, EnrollmentFixtures fixtures, SignIn signIn) {
        this.checkInPlanning = checkInPlanning;
        this.fixtures = fixtures;
        this.signIn = signIn;
    }

    /** A talk of the demo mentor with 田中 two hours from now, added as an extra check-in; its id. */
    long soonWithTanaka() {
        long rotation = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        signIn.as(DemoPeople.MENTOR);
        try {
            return checkInPlanning.addExtra(rotation, Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES));
        } finally {
            SignIn.out();
        }
    }
}
