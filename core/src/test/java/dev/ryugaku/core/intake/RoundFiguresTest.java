package dev.ryugaku.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.cohort.CohortDraft;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.people.TeamKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundFiguresTest {

    private static final Instant APPLIED = Instant.parse("2026-05-01T00:00:00Z");

    private final IntakeRound round = new IntakeRound(cohort(), RoundDraft.asking(LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 31)));
    private final Team payments = new Team("決済", TeamKind.PRODUCT);
    private final Team search = new Team("検索", TeamKind.PRODUCT);

    @Test
    void countsApplicationsRatesTimeToDecisionAndTeams() {
        IntakeApplication selectedAfterTwoDays = applied(payments);
        selectedAfterTwoDays.managerDecides(true, null, APPLIED.plus(1, ChronoUnit.DAYS));
        selectedAfterTwoDays.ownerDecides(ApplicationState.SELECTED, null, null, APPLIED.plus(2, ChronoUnit.DAYS));
        IntakeApplication declinedAfterFourDays = applied(search);
        declinedAfterFourDays.ownerDecides(ApplicationState.DECLINED, null, null, APPLIED.plus(4, ChronoUnit.DAYS));
        IntakeApplication managerDeclined = applied(payments);
        managerDeclined.managerDecides(false, "繁忙期", APPLIED.plus(1, ChronoUnit.DAYS));
        IntakeApplication unconfirmed = new IntakeApplication(round, person(payments), 99L, APPLIED);

        RoundFigures figures = RoundFigures.of(round, List.of(selectedAfterTwoDays, declinedAfterFourDays,
                managerDeclined, unconfirmed));

        assertThat(figures.applications()).as("the unconfirmed nomination left out").isEqualTo(3);
        assertThat(figures.managerDecided()).isEqualTo(2);
        assertThat(figures.approvalRate()).isEqualTo(50);
        assertThat(figures.ownerDecided()).isEqualTo(2);
        assertThat(figures.selectionRate()).isEqualTo(50);
        assertThat(figures.medianDaysToDecision()).isEqualTo(3.0);
        assertThat(figures.teams()).isEqualTo(2);
    }

    @Test
    void aRoundWithoutDecisionsHasNoRatesYet() {
        RoundFigures figures = RoundFigures.of(round, List.of(applied(payments)));
        assertThat(figures.approvalRate()).isNull();
        assertThat(figures.selectionRate()).isNull();
        assertThat(figures.medianDaysToDecision()).isNull();
        assertThat(RoundFigures.median(List.of(1.0, 2.0, 10.0))).isEqualTo(2.0);
    }

    private IntakeApplication applied(Team team) {
        IntakeApplication application = new IntakeApplication(round, person(team), null, APPLIED);
        application.submit(ApplicationState.SUBMITTED, APPLIED);
        return application;
    }

    private static Person person(Team team) {
        return new Person("応募者", "a@example.com", "a", Locale.JAPANESE, Person.DEFAULT_ZONE, Set.of(), team);
    }

    private static Cohort cohort() {
        CohortDraft draft = new CohortDraft();
        draft.setName("第3期");
        draft.setStartDate(LocalDate.of(2026, 7, 1));
        draft.setEndDate(LocalDate.of(2026, 12, 31));
        draft.setCapacity(4);
        return new Cohort(draft, null);
    }
}
