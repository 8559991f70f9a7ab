package dev.ryugaku.web.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.checkin.CheckInPlanningService;
import dev.ryugaku.core.checkin.CheckInRow;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.core.cohort.CheckInCadence;
import dev.ryugaku.core.cohort.CohortEdit;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.enrollment.EnrollmentDraft;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Check-ins are planned when a rotation starts, and shown only to those who may see the rotation. */
@RyugakuTest
class CheckInServiceTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    CheckInService checkIns;

    @Autowired
    CheckInPlanningService checkInPlanning;

    @Autowired
    FreshRotations rotations;

    @Autowired
    SignIn signIn;

    @Autowired
    CohortService cohorts;

    @Autowired
    EnrollmentService enrollments;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void activatingARotationPlansWeeklyCheckInsFromNowToItsEnd() {
        LocalDate today = LocalDate.now(TOKYO);
        LocalDate start = today.minusDays(10);
        LocalDate end = today.plusDays(60);
        FreshRotations.Fresh fresh = rotations.active(start, end);

        List<CheckInRow> planned = checkIns.checkIns(fresh.enrollmentId());

        assertThat(planned).isNotEmpty().allMatch(c -> c.status() == CheckInStatus.SCHEDULED)
                .allMatch(c -> c.scheduledAt().isAfter(Instant.now()));
        List<ZonedDateTime> inTokyo = planned.stream().map(c -> c.scheduledAt().atZone(TOKYO)).toList();
        assertThat(inTokyo).allMatch(t -> t.getDayOfWeek() == start.getDayOfWeek() && t.toLocalTime().equals(LocalTime.of(10, 0)));
        for (int i = 1; i < planned.size(); i++) {
            assertThat(Duration.between(planned.get(i - 1).scheduledAt(), planned.get(i).scheduledAt())).isEqualTo(Duration.ofDays(7));
        }
        assertThat(inTokyo.getLast().toLocalDate()).isAfter(end.minusDays(7)).isBeforeOrEqualTo(end);
        assertThat(inTokyo.getFirst().toLocalDate()).isBefore(today.plusDays(8));
    }

    @Test
    void participantCannotSeeAnotherParticipantsCheckIns() {
        FreshRotations.Fresh fresh = rotations.active(LocalDate.now(TOKYO), LocalDate.now(TOKYO).plusDays(30));
        for (String stranger : List.of(DemoPeople.PARTICIPANT2, DemoPeople.OTHER_MENTOR)) {
            signIn.as(stranger);
            assertThatThrownBy(() -> checkIns.checkIns(fresh.enrollmentId())).as(stranger)
                    .isInstanceOf(RecordNotFoundException.class);
        }
        for (String allowed : List.of(fresh.login(), DemoPeople.MENTOR, DemoPeople.OWNER)) {
            signIn.as(allowed);
            assertThat(checkIns.checkIns(fresh.enrollmentId())).as(allowed).isNotEmpty();
        }
    }

    @Test
    void switchingTheCohortToBiweeklyMovesOnlyTheFutureCheckIns() {
        LocalDate today = LocalDate.now(TOKYO);
        FreshRotations.Fresh fresh = rotations.active(today.minusDays(10), today.plusDays(90));
        long cohortId = enrollments.get(fresh.enrollmentId()).cohortId();
        CohortEdit edit = cohorts.openForEdit(cohortId);
        edit.draft().setCadence(CheckInCadence.BIWEEKLY);

        cohorts.update(cohortId, edit.version(), edit.draft());

        List<CheckInRow> planned = checkIns.checkIns(fresh.enrollmentId());
        assertThat(planned).hasSizeGreaterThan(3);
        for (int i = 1; i < planned.size(); i++) {
            assertThat(Duration.between(planned.get(i - 1).scheduledAt(), planned.get(i).scheduledAt())).isEqualTo(Duration.ofDays(14));
        }
    }

    @Test
    void endingARotationEarlierDropsTheCheckInsAfterItsNewEnd() {
        LocalDate today = LocalDate.now(TOKYO);
        FreshRotations.Fresh fresh = rotations.active(today.minusDays(10), today.plusDays(90));
        EnrollmentDraft shorter = enrollments.openForEdit(fresh.enrollmentId()).draft();
        shorter.setEndDate(today.plusDays(30));

        enrollments.update(fresh.enrollmentId(), enrollments.get(fresh.enrollmentId()).version(), shorter);

        assertThat(checkIns.checkIns(fresh.enrollmentId())).isNotEmpty()
                .allMatch(c -> !c.scheduledAt().atZone(TOKYO).toLocalDate().isAfter(today.plusDays(30)));
    }

    @Test
    void theMentorMovesFutureCheckInsToTheirChosenWeekdayAndTime() {
        LocalDate today = LocalDate.now(TOKYO);
        FreshRotations.Fresh fresh = rotations.active(today.minusDays(10), today.plusDays(60));
        long version = enrollments.get(fresh.enrollmentId()).version();

        signIn.as(fresh.login());
        assertThatThrownBy(() -> checkInPlanning.chooseSlot(fresh.enrollmentId(), version, DayOfWeek.TUESDAY, LocalTime.of(16, 0)))
                .isInstanceOf(NotPermittedException.class);
        signIn.as(DemoPeople.MENTOR);
        assertThatThrownBy(() -> checkInPlanning.chooseSlot(fresh.enrollmentId(), version - 1, DayOfWeek.TUESDAY, LocalTime.of(16, 0)))
                .isInstanceOf(ConcurrentEditException.class);
        checkInPlanning.chooseSlot(fresh.enrollmentId(), version, DayOfWeek.TUESDAY, LocalTime.of(16, 0));

        assertThat(checkIns.checkIns(fresh.enrollmentId())).isNotEmpty().allMatch(c -> {
            ZonedDateTime at = c.scheduledAt().atZone(TOKYO);
            return at.getDayOfWeek() == DayOfWeek.TUESDAY && at.toLocalTime().equals(LocalTime.of(16, 0));
        });
    }
}
