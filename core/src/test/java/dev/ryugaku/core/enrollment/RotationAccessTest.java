package dev.ryugaku.core.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.cohort.CheckInCadence;
import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.cohort.CohortDraft;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.RecordNotFoundException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rotation access gate, relation by role: what a person is to the rotation decides before what
 * roles they hold (decisions 0016 and 0020).
 */
class RotationAccessTest {

    private static final long PARTICIPANT = 1;
    private static final long MENTOR = 2;
    private static final long STRANGER = 3;
    private static final long ROTATION = 10;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    private final List<Enrollment> stored = new ArrayList<>();
    private Actor signedIn;
    private final RotationAccess access = new RotationAccess(repository(), () -> signedIn,
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private final Enrollment rotation = rotation(ROTATION, EnrollmentStatus.ACTIVE, TODAY.minusMonths(1));

    @Test
    void theParticipantSeesTheirRotationButNeverSupervisesItWhateverTheirRoles() {
        for (Role role : Role.values()) {
            Actor participant = actor(PARTICIPANT, role);
            assertThat(RotationRelation.of(participant, rotation)).as(role.name()).isEqualTo(RotationRelation.PARTICIPANT);
            assertThat(access.visible(participant, ROTATION, "read")).isSameAs(rotation);
            assertThatThrownBy(() -> access.supervised(participant, ROTATION, "record check-in")).as(role.name())
                    .isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void anOwnerEnrolledInTheRotationIsItsParticipantThere() {
        Actor ownerEnrolled = actor(PARTICIPANT, Role.PROGRAM_OWNER);
        assertThat(rotation.isSupervisedBy(ownerEnrolled)).isFalse();
        assertThat(access.own(ownerEnrolled, ROTATION, "write work log")).isSameAs(rotation);
    }

    @Test
    void theMentorSeesAndSupervisesTheirMenteesRotationWhateverTheirRoles() {
        for (Role role : Role.values()) {
            Actor mentor = actor(MENTOR, role);
            assertThat(RotationRelation.of(mentor, rotation)).as(role.name()).isEqualTo(RotationRelation.MENTOR);
            assertThat(access.visible(mentor, ROTATION, "read")).isSameAs(rotation);
            assertThat(access.supervised(mentor, ROTATION, "record check-in")).isSameAs(rotation);
            assertThat(access.mentored(mentor, ROTATION, "review week")).isSameAs(rotation);
        }
    }

    @Test
    void anOwnerWithoutAPartSeesAndSupervisesEveryRotationButNeitherWritesNorReviewsTheLog() {
        Actor owner = actor(STRANGER, Role.PROGRAM_OWNER);
        assertThat(RotationRelation.of(owner, rotation)).isEqualTo(RotationRelation.OWNER);
        assertThat(access.visible(owner, ROTATION, "read")).isSameAs(rotation);
        assertThat(access.supervised(owner, ROTATION, "choose check-in slot")).isSameAs(rotation);
        assertThatThrownBy(() -> access.own(owner, ROTATION, "write work log")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> access.mentored(owner, ROTATION, "review week")).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void someoneWithoutAPartIsToldTheRotationDoesNotExist() {
        for (Role role : List.of(Role.PARTICIPANT, Role.MENTOR)) {
            Actor stranger = actor(STRANGER, role);
            assertThat(RotationRelation.of(stranger, rotation)).as(role.name()).isEqualTo(RotationRelation.NONE);
            assertThatThrownBy(() -> access.visible(stranger, ROTATION, "read")).as(role.name())
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> access.supervised(stranger, ROTATION, "record check-in")).as(role.name())
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void onlyTheParticipantWritesTheLogAndOnlyMentorsReviewIt() {
        assertThatThrownBy(() -> access.own(actor(MENTOR, Role.MENTOR), ROTATION, "write work log"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> access.own(actor(STRANGER, Role.PARTICIPANT), ROTATION, "write work log"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> access.mentored(actor(PARTICIPANT, Role.MENTOR), ROTATION, "review week"))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aRecordHangingOffAHiddenRotationIsHiddenAsThatRecord() {
        assertThatThrownBy(() -> access.requireVisible(actor(STRANGER, Role.MENTOR), rotation, "read check-in", "CheckIn", 7L))
                .isInstanceOf(RecordNotFoundException.class).hasMessage("CheckIn 7 not found");
        assertThatThrownBy(() -> access.visible(actor(STRANGER, Role.MENTOR), ROTATION, "read", "Retrospective"))
                .isInstanceOf(RecordNotFoundException.class).hasMessage("Retrospective 10 not found");
    }

    @Test
    void aRotationThatDoesNotExistIsNotFoundForEveryone() {
        assertThatThrownBy(() -> access.visible(actor(STRANGER, Role.PROGRAM_OWNER), 99, "read"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> access.requireAllVisible(actor(STRANGER, Role.PROGRAM_OWNER), List.of(ROTATION, 99L), "read"))
                .isInstanceOf(RecordNotFoundException.class).hasMessage("Enrollment 99 not found");
    }

    @Test
    void myRotationIsTheHighestRankedLeavingOutNegativeRanks() {
        Enrollment next = rotation(11, EnrollmentStatus.PLANNED, TODAY.plusMonths(2));
        Enrollment withdrawn = rotation(12, EnrollmentStatus.WITHDRAWN, TODAY.plusMonths(3));
        signedIn = actor(PARTICIPANT, Role.PARTICIPANT);
        Map<EnrollmentStatus, Integer> rank = Map.of(EnrollmentStatus.ACTIVE, 2, EnrollmentStatus.PLANNED, 1,
                EnrollmentStatus.WITHDRAWN, -1);

        assertThat(access.myRotation((r, today) -> rank.get(r.getStatus()))).contains(ROTATION);
        assertThat(access.myRotation((r, today) -> r == next ? 5 : 0)).contains(11L);
        assertThat(access.myRotation((r, today) -> 0)).as("ties go to the later start").contains(withdrawn.getId());
        assertThat(access.myRotation((r, today) -> r == next ? 0 : -1)).contains(11L);
        assertThat(access.myRotation((r, today) -> -1)).isEmpty();
    }

    private static Actor actor(long personId, Role role) {
        return new Actor(personId, "someone", Set.of(role), ZoneId.of("Asia/Tokyo"));
    }

    private Enrollment rotation(long id, EnrollmentStatus status, LocalDate start) {
        CohortDraft draft = new CohortDraft();
        draft.setName("第" + id + "期");
        draft.setStartDate(start);
        draft.setEndDate(start.plusMonths(6));
        draft.setCapacity(10);
        draft.setCadence(CheckInCadence.values()[0]);
        Enrollment enrollment = new Enrollment(person(PARTICIPANT), new Cohort(draft, null), null, person(MENTOR), null,
                null, status);
        setId(enrollment, id);
        stored.add(enrollment);
        return enrollment;
    }

    private static Person person(long id) {
        Person person = new Person("人 " + id, id + "@example.com", "p" + id, Locale.JAPANESE, ZoneId.of("Asia/Tokyo"),
                Set.of(Role.PARTICIPANT), null);
        setId(person, id);
        return person;
    }

    private static void setId(Object entity, long id) {
        try {
            var field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The few reads the gate makes, answered from {@link #stored}. */
    private EnrollmentRepository repository() {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "findById" -> stored.stream().filter(e -> e.getId().equals(args[0])).findFirst();
            case "findAllById" -> stored.stream().filter(e -> ((List<?>) args[0]).contains(e.getId())).toList();
            case "findCurrentByPerson" -> stored.stream().filter(e -> e.isParticipant((long) args[0])).toList();
            default -> method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args)
                    : Optional.empty();
        };
        return (EnrollmentRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EnrollmentRepository.class}, handler);
    }
}
