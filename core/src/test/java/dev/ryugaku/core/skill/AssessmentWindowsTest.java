package dev.ryugaku.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentWindowsTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final LocalDate END = LocalDate.of(2027, 3, 31);
    private static final LocalDate MID_TERM_REVIEW = LocalDate.of(2026, 12, 31);

    private static PhaseWindow window(AssessmentPhase phase) {
        return AssessmentWindows.of(phase, START, END, MID_TERM_REVIEW);
    }

    @Test
    void startOpensTwoWeeksBeforeTheFirstDayAndClosesFourWeeksIn() {
        PhaseWindow start = window(AssessmentPhase.START);
        assertThat(start.opens()).isEqualTo(LocalDate.of(2026, 9, 17));
        assertThat(start.closes()).isEqualTo(LocalDate.of(2026, 10, 28));
        assertThat(start.isUpcoming(LocalDate.of(2026, 9, 16))).isTrue();
        assertThat(start.isOpen(LocalDate.of(2026, 9, 17))).isTrue();
        assertThat(start.isOpen(LocalDate.of(2026, 10, 28))).isTrue();
        assertThat(start.isOver(LocalDate.of(2026, 10, 29))).isTrue();
    }

    @Test
    void midIsThreeWeeksEitherSideOfTheCohortsMidTermReview() {
        PhaseWindow mid = window(AssessmentPhase.MID);
        assertThat(mid.opens()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(mid.closes()).isEqualTo(LocalDate.of(2027, 1, 21));
    }

    @Test
    void withoutAMidTermReviewInsideTheRotationMidCentresOnTheHalfwayDay() {
        assertThat(AssessmentWindows.middle(START, END, null)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(AssessmentWindows.middle(START, END, LocalDate.of(2027, 4, 10))).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(AssessmentWindows.middle(START, END, START)).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void endOpensTwoWeeksBeforeTheLastDayWithTwoWeeksOfGraceAfterIt() {
        PhaseWindow end = window(AssessmentPhase.END);
        assertThat(end.opens()).isEqualTo(LocalDate.of(2027, 3, 17));
        assertThat(end.closes()).isEqualTo(LocalDate.of(2027, 4, 14));
        assertThat(end.isOpen(LocalDate.of(2027, 4, 14))).isTrue();
        assertThat(end.isOver(LocalDate.of(2027, 4, 15))).isTrue();
    }

    @Test
    void inAShortRotationTheWindowsNeverOverlapAndMidGetsTheDaysBetween() {
        LocalDate start = LocalDate.of(2027, 1, 1);
        LocalDate end = LocalDate.of(2027, 1, 28);
        List<PhaseWindow> windows = AssessmentWindows.of(start, end, null);
        assertThat(windows).extracting(PhaseWindow::phase)
                .containsExactly(AssessmentPhase.START, AssessmentPhase.MID, AssessmentPhase.END);
        assertThat(windows.get(0).closes()).isEqualTo(LocalDate.of(2027, 1, 13));
        assertThat(windows.get(1).opens()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(windows.get(1).closes()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(windows.get(2).opens()).isEqualTo(LocalDate.of(2027, 1, 15));
        for (LocalDate day = start.minusDays(20); day.isBefore(end.plusDays(20)); day = day.plusDays(1)) {
            LocalDate today = day;
            assertThat(windows.stream().filter(w -> w.isOpen(today)).count()).as("%s", day).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void evenATwoDayRotationHasAMidWindowOfItsMiddleDay() {
        List<PhaseWindow> windows = AssessmentWindows.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), null);
        assertThat(windows.get(0).closes()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(windows.get(1).opens()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(windows.get(1).closes()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(windows.get(2).opens()).isEqualTo(LocalDate.of(2027, 1, 2));
    }

    @Test
    void aWindowThatOpensAfterItClosesIsNeverOpen() {
        PhaseWindow empty = new PhaseWindow(AssessmentPhase.MID, LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1));
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.isOpen(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(empty.isUpcoming(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(empty.isOver(LocalDate.of(2026, 12, 1))).isTrue();
    }
}
