package dev.ryugaku.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.cohort.CohortStatus;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.core.intake.ApplicationFilter;
import dev.ryugaku.core.intake.ApplicationState;
import dev.ryugaku.core.intake.ApplicationView;
import dev.ryugaku.core.intake.IntakeService;
import dev.ryugaku.core.people.AccountLookup;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@RyugakuTest
class DemoProgramTest {

    @Autowired
    CohortService cohorts;

    @Autowired
    AccountLookup accounts;

    @Autowired
    PersonRepository people;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DemoProgram demoProgram;

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void demoModeSeedsACompletedAnActiveAndAPlannedCohort() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        Map<String, CohortSummary> byName = cohorts.timeline(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))
                .stream().collect(Collectors.toMap(CohortSummary::name, Function.identity(), (a, b) -> a));
        assertThat(byName.get("第1期").statusOn(today)).isEqualTo(CohortStatus.COMPLETED);
        assertThat(byName.get("第1期").startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(byName.get("第2期").statusOn(today)).isEqualTo(CohortStatus.ACTIVE);
        assertThat(byName.get("第2期").endDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(byName.get("第3期").statusOn(today)).isEqualTo(CohortStatus.PLANNED);
        assertThat(byName.get("第3期").startDate()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(byName.get("第2期").enrolled()).isEqualTo(4);
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void theThirdCohortHasAnOpenIntakeWithApplicationsInDifferentStates(@Autowired IntakeService intake) {
        long third = cohorts.timeline(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)).stream()
                .filter(c -> c.name().equals("第3期")).findFirst().orElseThrow().id();
        var round = intake.roundOf(third).orElseThrow();
        assertThat(round.open()).isTrue();
        assertThat(intake.applications(round.id(), ApplicationFilter.none(), 0, 20)).extracting(ApplicationView::state)
                .contains(ApplicationState.SUBMITTED, ApplicationState.NOMINATED, ApplicationState.WAITLISTED,
                        ApplicationState.DECLINED);
    }

    @Test
    void theThreeDemoAccountsSignInWithTheDemoPassword() {
        Map<String, Role> expected = Map.of(DemoPeople.OWNER, Role.PROGRAM_OWNER, DemoPeople.MENTOR, Role.MENTOR,
                DemoPeople.PARTICIPANT, Role.PARTICIPANT, DemoPeople.PARTICIPANT2, Role.PARTICIPANT);
        expected.forEach((login, role) -> {
            Person person = accounts.findBySignInName(login).orElseThrow();
            assertThat(person.getRoles()).contains(role);
            assertThat(passwordEncoder.matches("ryugaku-demo", person.getPasswordHash())).isTrue();
            assertThat(person.getPasswordHash()).startsWith("{argon2@");
        });
    }

    @Test
    void aboutADozenPeopleWithJapaneseNames() {
        List<String> demoLogins = List.of("owner", "mentor", "ito", "watanabe", "participant", "participant2", "yamamoto",
                "nakamura", "kobayashi", "kato", "yoshida", "yamada", "matsumoto");
        assertThat(demoLogins).allSatisfy(login -> assertThat(accounts.findBySignInName(login)).as(login).isPresent());
        assertThat(accounts.findBySignInName(DemoPeople.PARTICIPANT).orElseThrow().getDisplayName()).isEqualTo("田中 翔太");
    }

    @Test
    void seedingTwiceChangesNothing() {
        long before = people.count();
        assertThat(demoProgram.seedIfEmpty()).isFalse();
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void signInAcceptsTheEmailAddressInAnyCase() {
        assertThat(accounts.findBySignInName("  Owner@Ryugaku.Example ")).map(Person::getLoginName).contains("owner");
    }
}
