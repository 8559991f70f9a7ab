package dev.ryugaku.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CohortStatusTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final LocalDate END = LocalDate.of(2027, 3, 31);

    private static CohortStatus scheduledOn(LocalDate today) {
        return CohortStatus.of(CohortState.SCHEDULED, START, END, today);
    }

    @Test
    void aScheduledCohortIsPlannedUntilItStarts() {
        assertThat(scheduledOn(START.minusDays(1))).isEqualTo(CohortStatus.PLANNED);
    }

    @Test
    void aScheduledCohortIsActiveFromItsFirstToItsLastDay() {
        assertThat(scheduledOn(START)).isEqualTo(CohortStatus.ACTIVE);
        assertThat(scheduledOn(END)).isEqualTo(CohortStatus.ACTIVE);
    }

    @Test
    void aScheduledCohortIsCompletedAfterItsLastDay() {
        assertThat(scheduledOn(END.plusDays(1))).isEqualTo(CohortStatus.COMPLETED);
    }

    @Test
    void draftAndCancelledStaySoWhateverTheDate() {
        assertThat(CohortStatus.of(CohortState.DRAFT, START, END, START)).isEqualTo(CohortStatus.DRAFT);
        assertThat(CohortStatus.of(CohortState.CANCELLED, START, END, START)).isEqualTo(CohortStatus.CANCELLED);
    }

    @Test
    void onlyCohortsThatAreNotOverCanBeChanged() {
        assertThat(CohortStatus.PLANNED.isChangeable()).isTrue();
        assertThat(CohortStatus.ACTIVE.isChangeable()).isTrue();
        assertThat(CohortStatus.DRAFT.isChangeable()).isTrue();
        assertThat(CohortStatus.COMPLETED.isChangeable()).isFalse();
        assertThat(CohortStatus.CANCELLED.isChangeable()).isFalse();
    }
}
