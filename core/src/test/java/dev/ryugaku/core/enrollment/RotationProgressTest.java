package dev.ryugaku.core.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RotationProgressTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final LocalDate END = LocalDate.of(2027, 3, 31);

    @Test
    void onTheFirstDayNothingHasPassedAndTheWholePeriodIsLeft() {
        var progress = new RotationProgress(START, END, START);
        assertThat(progress.elapsed()).isZero();
        assertThat(progress.daysLeft()).isEqualTo(182);
    }

    @Test
    void onTheLastDayOneDayIsLeft() {
        assertThat(new RotationProgress(START, END, END).daysLeft()).isEqualTo(1);
    }

    @Test
    void halfwayThroughAboutHalfHasPassed() {
        var progress = new RotationProgress(START, END, LocalDate.of(2026, 12, 31));
        assertThat(progress.elapsed()).isCloseTo(0.5, within(0.01));
    }

    @Test
    void beforeTheStartTheCountdownRunsAndNothingHasPassed() {
        var progress = new RotationProgress(START, END, LocalDate.of(2026, 9, 21));
        assertThat(progress.daysUntilStart()).isEqualTo(10);
        assertThat(progress.elapsed()).isZero();
        assertThat(progress.daysLeft()).isEqualTo(182);
    }

    @Test
    void afterTheEndNothingIsLeft() {
        var progress = new RotationProgress(START, END, END.plusDays(1));
        assertThat(progress.daysLeft()).isZero();
        assertThat(progress.elapsed()).isEqualTo(1.0);
    }
}
