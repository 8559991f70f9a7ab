package dev.ryugaku.core.retrospective;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.enrollment.EnrollmentStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetrospectiveWindowTest {

    private static final LocalDate END = LocalDate.of(2027, 3, 31);

    @Test
    void theRetrospectiveOpensTwoWeeksBeforeTheRotationEndsAndStaysOpen() {
        assertThat(RetrospectiveWindow.opensOn(END)).isEqualTo(LocalDate.of(2027, 3, 17));
        assertThat(RetrospectiveWindow.isOpen(EnrollmentStatus.ACTIVE, END, LocalDate.of(2027, 3, 16))).isFalse();
        assertThat(RetrospectiveWindow.isOpen(EnrollmentStatus.ACTIVE, END, LocalDate.of(2027, 3, 17))).isTrue();
        assertThat(RetrospectiveWindow.isOpen(EnrollmentStatus.ACTIVE, END, LocalDate.of(2027, 4, 30))).isTrue();
        assertThat(RetrospectiveWindow.isOpen(EnrollmentStatus.GRADUATED, END, LocalDate.of(2028, 1, 1))).isTrue();
    }

    @Test
    void plannedAndWithdrawnRotationsAreNotLookedBackOn() {
        assertThat(RetrospectiveWindow.isOpen(EnrollmentStatus.PLANNED, END, LocalDate.of(2027, 3, 20))).isFalse();
        assertThat(RetrospectiveWindow.isOpen(EnrollmentStatus.WITHDRAWN, END, LocalDate.of(2027, 3, 20))).isFalse();
        assertThat(RetrospectiveWindow.isOpen(EnrollmentStatus.ACTIVE, LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 11, 22))).as("an extension moves the window: the effective end counts").isTrue();
    }

    @Test
    void theFollowUpIsDueNinetyDaysAfterTheEndUntilAnswered() {
        LocalDate end = LocalDate.of(2026, 9, 30);
        assertThat(FollowUpSchedule.dueOn(end)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(FollowUpSchedule.isDue(EnrollmentStatus.GRADUATED, end, LocalDate.of(2026, 12, 28), false)).isFalse();
        assertThat(FollowUpSchedule.isDue(EnrollmentStatus.GRADUATED, end, LocalDate.of(2026, 12, 29), false)).isTrue();
        assertThat(FollowUpSchedule.isDue(EnrollmentStatus.GRADUATED, end, LocalDate.of(2027, 6, 1), false)).isTrue();
        assertThat(FollowUpSchedule.isDue(EnrollmentStatus.GRADUATED, end, LocalDate.of(2027, 1, 5), true)).isFalse();
        assertThat(FollowUpSchedule.isDue(EnrollmentStatus.WITHDRAWN, end, LocalDate.of(2027, 1, 5), false)).isFalse();
    }

    @Test
    void graduatesMayAnswerTheFollowUpEarly() {
        assertThat(FollowUpSchedule.isOpen(EnrollmentStatus.GRADUATED)).isTrue();
        assertThat(FollowUpSchedule.isOpen(EnrollmentStatus.ACTIVE)).isFalse();
        assertThat(FollowUpSchedule.isOpen(EnrollmentStatus.WITHDRAWN)).isFalse();
    }

    @Test
    void theFollowUpMailGoesOutOnlyInTheThirtyDaysAfterItFellDue() {
        LocalDate end = LocalDate.of(2026, 9, 30);
        assertThat(FollowUpSchedule.isMailDue(end, LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(FollowUpSchedule.isMailDue(end, LocalDate.of(2026, 12, 29))).isTrue();
        assertThat(FollowUpSchedule.isMailDue(end, LocalDate.of(2027, 1, 27))).isTrue();
        assertThat(FollowUpSchedule.isMailDue(end, LocalDate.of(2027, 1, 28))).isFalse();
    }
}
