package dev.ryugaku.web.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.intake.ApplicationFilter;
import dev.ryugaku.core.intake.ApplicationState;
import dev.ryugaku.core.intake.IntakeProblem;
import dev.ryugaku.core.intake.IntakeService;
import dev.ryugaku.core.intake.RoundDraft;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may do what to one application, decided by {@link IntakeService} on the record: the
 * applicant, another applicant typing the id, the manager of the applicant's team, the manager of
 * another team, a mentor, and a program owner.
 */
@RyugakuTest
class IntakePermissionMatrixTest {

    @Autowired
    IntakeService intake;

    @Autowired
    IntakeFixtures fixtures;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    EnrollmentFixtures enrollmentFixtures;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** Who asks to read the applicant's application, and whether they see it. */
    static Stream<Arguments> readers() {
        return Stream.of(
                Arguments.of("applicant", (Function<IntakeFixtures.World, String>) IntakeFixtures.World::applicant, true),
                Arguments.of("other applicant typing the id", (Function<IntakeFixtures.World, String>) IntakeFixtures.World::otherApplicant, false),
                Arguments.of("manager of the team", (Function<IntakeFixtures.World, String>) IntakeFixtures.World::manager, true),
                Arguments.of("manager of another team", (Function<IntakeFixtures.World, String>) IntakeFixtures.World::otherManager, false),
                Arguments.of("mentor", (Function<IntakeFixtures.World, String>) w -> DemoPeople.MENTOR, false),
                Arguments.of("owner", (Function<IntakeFixtures.World, String>) w -> DemoPeople.OWNER, true));
    }

    @ParameterizedTest(name = "{0} reads: {2}")
    @MethodSource("readers")
    void readingAnApplicationIsDecidedOnTheRecord(String who, Function<IntakeFixtures.World, String> login, boolean allowed) {
        var world = fixtures.world(2, true);
        long id = fixtures.apply(world.applicant(), world.roundId());
        signIn.as(login.apply(world));
        if (allowed) {
            assertThat(intake.get(id).personId()).isEqualTo(world.applicantId());
        } else {
            assertThatThrownBy(() -> intake.get(id)).isInstanceOf(RecordNotFoundException.class);
        }
    }

    /** Who tries to approve the applicant's application, and what they are told. */
    static Stream<Arguments> approvers() {
        return Stream.of(
                Arguments.of("applicant", (Function<IntakeFixtures.World, String>) IntakeFixtures.World::applicant, NotPermittedException.class),
                Arguments.of("other applicant typing the id", (Function<IntakeFixtures.World, String>) IntakeFixtures.World::otherApplicant, RecordNotFoundException.class),
                Arguments.of("manager of another team", (Function<IntakeFixtures.World, String>) IntakeFixtures.World::otherManager, RecordNotFoundException.class),
                Arguments.of("mentor", (Function<IntakeFixtures.World, String>) w -> DemoPeople.MENTOR, RecordNotFoundException.class),
                Arguments.of("owner", (Function<IntakeFixtures.World, String>) w -> DemoPeople.OWNER, NotPermittedException.class));
    }

    @ParameterizedTest(name = "{0} may not approve")
    @MethodSource("approvers")
    void onlyTheTeamsManagerApproves(String who, Function<IntakeFixtures.World, String> login, Class<?> refusal) {
        var world = fixtures.world(2, true);
        long id = fixtures.apply(world.applicant(), world.roundId());
        signIn.as(login.apply(world));
        assertThatThrownBy(() -> intake.approve(id, 0)).isInstanceOf(refusal);
        assertThatThrownBy(() -> intake.declineAsManager(id, 0, "理由")).isInstanceOf(refusal);
        signIn.as(world.manager());
        intake.approve(id, intake.get(id).version());
        assertThat(intake.get(id).state()).isEqualTo(ApplicationState.APPROVED);
    }

    /** Who tries to withdraw the applicant's application, and what they are told. */
    static Stream<Arguments> withdrawers() {
        return Stream.of(
                Arguments.of("other applicant typing the id", (Function<IntakeFixtures.World, String>) IntakeFixtures.World::otherApplicant, RecordNotFoundException.class),
                Arguments.of("manager of the team", (Function<IntakeFixtures.World, String>) IntakeFixtures.World::manager, NotPermittedException.class),
                Arguments.of("manager of another team", (Function<IntakeFixtures.World, String>) IntakeFixtures.World::otherManager, RecordNotFoundException.class),
                Arguments.of("mentor", (Function<IntakeFixtures.World, String>) w -> DemoPeople.MENTOR, RecordNotFoundException.class),
                Arguments.of("owner", (Function<IntakeFixtures.World, String>) w -> DemoPeople.OWNER, NotPermittedException.class));
    }

    @ParameterizedTest(name = "{0} may not withdraw")
    @MethodSource("withdrawers")
    void onlyTheApplicantWithdraws(String who, Function<IntakeFixtures.World, String> login, Class<?> refusal) {
        var world = fixtures.world(2, true);
        long id = fixtures.apply(world.applicant(), world.roundId());
        signIn.as(login.apply(world));
        assertThatThrownBy(() -> intake.withdraw(id, 0)).isInstanceOf(refusal);
        signIn.as(world.applicant());
        intake.withdraw(id, intake.get(id).version());
        assertThat(intake.get(id).state()).isEqualTo(ApplicationState.WITHDRAWN);
    }

    /** The owners' operations, tried by everyone else. */
    static Stream<Arguments> ownerOnly() {
        Stream<Function<IntakeFixtures.World, String>> others = Stream.of(IntakeFixtures.World::applicant,
                IntakeFixtures.World::otherApplicant, IntakeFixtures.World::manager, w -> DemoPeople.MENTOR);
        return others.flatMap(login -> Stream.of(
                Arguments.of(login, "roundOf", (Consumer<Ctx>) c -> c.intake.roundOf(c.world.cohortId())),
                Arguments.of(login, "openRound", (Consumer<Ctx>) c -> c.intake.openRound(c.world.cohortId(),
                        RoundDraft.asking(null, null))),
                Arguments.of(login, "updateRound", (Consumer<Ctx>) c -> c.intake.updateRound(c.world.roundId(), 0,
                        RoundDraft.asking(null, null))),
                Arguments.of(login, "closeRound", (Consumer<Ctx>) c -> c.intake.closeRound(c.world.roundId(), 0)),
                Arguments.of(login, "applications", (Consumer<Ctx>) c -> c.intake.applications(c.world.roundId(),
                        ApplicationFilter.none(), 0, 10)),
                Arguments.of(login, "selection", (Consumer<Ctx>) c -> c.intake.selection(c.world.roundId())),
                Arguments.of(login, "select", (Consumer<Ctx>) c -> c.intake.select(c.application, 0, null, null)),
                Arguments.of(login, "waitlist", (Consumer<Ctx>) c -> c.intake.waitlist(c.application, 0, null)),
                Arguments.of(login, "decline", (Consumer<Ctx>) c -> c.intake.decline(c.application, 0, null)),
                Arguments.of(login, "setTeamManager", (Consumer<Ctx>) c -> c.intake.setTeamManager(1, null)),
                Arguments.of(login, "figures", (Consumer<Ctx>) c -> c.intake.figures()),
                Arguments.of(login, "deleteDeclined", (Consumer<Ctx>) c -> c.intake.deleteDeclined(c.world.roundId()))));
    }

    record Ctx(IntakeService intake, IntakeFixtures.World world, long application) {
    }

    @ParameterizedTest(name = "{1} is for owners only")
    @MethodSource("ownerOnly")
    void onlyOwnersRunTheRoundAndSelect(Function<IntakeFixtures.World, String> login, String operation, Consumer<Ctx> call) {
        var world = fixtures.world(2, false);
        long id = fixtures.apply(world.applicant(), world.roundId());
        signIn.as(login.apply(world));
        assertThatThrownBy(() -> call.accept(new Ctx(intake, world, id))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void listsShowEachPersonOnlyWhatTheyMaySee() {
        var world = fixtures.world(2, true);
        long mine = fixtures.apply(world.applicant(), world.roundId());
        long other = fixtures.apply(world.otherApplicant(), world.roundId());
        signIn.as(world.applicant());
        assertThat(intake.myApplications()).extracting(v -> v.id()).containsExactly(mine);
        signIn.as(world.manager());
        assertThat(intake.teamApplications()).extracting(v -> v.id()).containsExactly(mine);
        signIn.as(world.otherManager());
        assertThat(intake.teamApplications()).extracting(v -> v.id()).containsExactly(other);
        signIn.as(DemoPeople.MENTOR);
        assertThat(intake.teamApplications()).isEmpty();
        signIn.as(DemoPeople.OWNER);
        assertThat(intake.applications(world.roundId(), ApplicationFilter.none(), 0, 10)).extracting(v -> v.id())
                .containsExactly(mine, other);
    }

    @Test
    void aRolelessPersonAppliesAndAfterTheManagersApprovalIsSelectedIntoAnEnrollmentWithTheirMentor() {
        var world = fixtures.world(2, true);
        long id = fixtures.apply(world.applicant(), world.roundId());
        signIn.as(DemoPeople.OWNER);
        assertThat(intake.get(id).awaitsManager()).isTrue();
        assertThatThrownBy(() -> intake.select(id, intake.get(id).version(), null, null))
                .isInstanceOf(InvalidInputException.class);
        signIn.as(world.manager());
        intake.approve(id, intake.get(id).version());
        signIn.as(DemoPeople.OWNER);
        long mentor = enrollmentFixtures.personId(DemoPeople.MENTOR);
        intake.select(id, intake.get(id).version(), "ようこそ", mentor);
        assertThat(intake.get(id).enrollmentId()).isNotNull();
        assertThat(intake.selection(world.roundId()).used()).isEqualTo(1);
        signIn.as(world.applicant());
        assertThat(enrollments.myEnrollments()).singleElement().satisfies(e -> assertThat(e.id())
                .isEqualTo(intake.get(id).enrollmentId()));
        assertThatThrownBy(() -> intake.withdraw(id, intake.get(id).version())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void selectingBeyondCapacityIsRefusedAndAWithdrawalOffersThePlaceToTheFirstWaitlisted() {
        var world = fixtures.world(1, false);
        long first = fixtures.apply(world.applicant(), world.roundId());
        long second = fixtures.apply(world.otherApplicant(), world.roundId());
        long third = fixtures.apply(world.teammate(), world.roundId());
        signIn.as(DemoPeople.OWNER);
        intake.select(first, intake.get(first).version(), null, null);
        assertThatThrownBy(() -> intake.select(second, intake.get(second).version(), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.reason()).containsExactly(IntakeProblem.CAPACITY_REACHED));
        intake.waitlist(third, intake.get(third).version(), null);
        intake.waitlist(second, intake.get(second).version(), null);
        var loads = intake.selection(world.roundId()).teams();
        assertThat(loads).anySatisfy(l -> {
            assertThat(l.selected()).isEqualTo(1);
            assertThat(l.inPlay()).isEqualTo(2);
        });
        signIn.as(world.applicant());
        intake.withdraw(first, intake.get(first).version());
        signIn.as(DemoPeople.OWNER);
        assertThat(intake.get(third).state()).isEqualTo(ApplicationState.SELECTED);
        assertThat(intake.get(second).state()).isEqualTo(ApplicationState.WAITLISTED);
    }

    @Test
    void aManagerNominatesSomeoneOfTheirTeamWhoConfirmsAndIsApprovedAlready() {
        var world = fixtures.world(2, true);
        signIn.as(world.otherManager());
        assertThatThrownBy(() -> intake.nominate(world.roundId(), world.teammateId()))
                .isInstanceOf(NotPermittedException.class);
        signIn.as(world.manager());
        assertThat(intake.nominees()).extracting(n -> n.personId()).contains(world.teammateId(), world.applicantId());
        long id = intake.nominate(world.roundId(), world.teammateId());
        signIn.as(world.teammate());
        assertThat(intake.get(id).state()).isEqualTo(ApplicationState.NOMINATED);
        intake.confirm(id, intake.get(id).version(), IntakeFixtures.answers());
        assertThat(intake.get(id).state()).isEqualTo(ApplicationState.APPROVED);
    }

    @Test
    void aManagersDeclineNeedsAReasonTheApplicantReads() {
        var world = fixtures.world(2, true);
        long id = fixtures.apply(world.applicant(), world.roundId());
        signIn.as(world.manager());
        assertThatThrownBy(() -> intake.declineAsManager(id, intake.get(id).version(), " "))
                .isInstanceOf(InvalidInputException.class);
        intake.declineAsManager(id, intake.get(id).version(), "今期は障害対応が多いため");
        signIn.as(world.applicant());
        assertThat(intake.get(id).state()).isEqualTo(ApplicationState.MANAGER_DECLINED);
        assertThat(intake.get(id).decisionReason()).isEqualTo("今期は障害対応が多いため");
    }

    @Test
    void oneApplicationPerPersonAndRound() {
        var world = fixtures.world(2, false);
        fixtures.apply(world.applicant(), world.roundId());
        assertThatThrownBy(() -> intake.apply(world.roundId(), IntakeFixtures.answers()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void declinedApplicationsAreKeptWhileTheRoundIsOpenAndOwnersDeleteThemAfter() {
        var world = fixtures.world(2, true);
        long declined = fixtures.apply(world.applicant(), world.roundId());
        long kept = fixtures.apply(world.otherApplicant(), world.roundId());
        signIn.as(world.manager());
        intake.declineAsManager(declined, intake.get(declined).version(), "今期は見送り");
        signIn.as(DemoPeople.OWNER);
        assertThatThrownBy(() -> intake.deleteDeclined(world.roundId())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.reason()).containsExactly(IntakeProblem.ROUND_STILL_OPEN));
        var round = intake.roundOf(world.cohortId()).orElseThrow();
        intake.closeRound(round.id(), round.version());
        assertThat(intake.deleteDeclined(world.roundId())).isEqualTo(1);
        assertThatThrownBy(() -> intake.get(declined)).isInstanceOf(RecordNotFoundException.class);
        assertThat(intake.get(kept).state()).isEqualTo(ApplicationState.SUBMITTED);
    }
}
