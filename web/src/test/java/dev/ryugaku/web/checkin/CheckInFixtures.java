package dev.ryugaku.web.checkin;

import dev.ryugaku.core.checkin.CheckInRow;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** A check-in that can be recorded now: tests of recording start from here. */
@Component
class CheckInFixtures {

    private final FreshRotations rotations;
    private final CheckInService checkIns;
    private final SignIn signIn;

    CheckInFixtures(FreshRotations rotations, CheckInService checkIns, SignIn signIn) {
        this.rotations = rotations;
        this.checkIns = checkIns;
        this.signIn = signIn;
    }

    /** A fresh rotation whose first check-in the mentor moved to two hours from now; the mentor stays signed in. */
    Talk talkSoon() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        return talkSoon(rotations.active(today.minusDays(3), today.plusDays(40)));
    }

    /** {@link #talkSoon()} in the rotation of a participant who is also a program owner. */
    Talk talkSoonWithAnOwner() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        return talkSoon(rotations.activeOfAnOwner(today.minusDays(3), today.plusDays(40)));
    }

    private Talk talkSoon(FreshRotations.Fresh fresh) {
        signIn.as(DemoPeople.MENTOR);
        CheckInRow first = checkIns.checkIns(fresh.enrollmentId()).getFirst();
        checkIns.reschedule(first.id(), first.version(), Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES));
        return new Talk(fresh, first.id());
    }

    /** The rotation and its check-in. */
    record Talk(FreshRotations.Fresh rotation, long checkInId) {
    }
}
