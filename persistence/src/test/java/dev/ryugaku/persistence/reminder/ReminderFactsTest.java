package dev.ryugaku.persistence.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.reminder.ActionItemReminderFacts;
import dev.ryugaku.core.reminder.CheckInReminderFacts;
import dev.ryugaku.core.reminder.FollowUpReminderFacts;
import dev.ryugaku.core.reminder.GraduateFollowUp;
import dev.ryugaku.core.reminder.MentorCheckIn;
import dev.ryugaku.core.reminder.ParticipantActionItem;
import dev.ryugaku.core.reminder.ProgramOwners;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.persistence.PersistenceTestApplication;
import dev.ryugaku.persistence.TestData;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** What the reminder jobs read, against the real database: who is reminded of what, and when not. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@Transactional
class ReminderFactsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** 09:00 on Monday 23 November 2026 in Tokyo. */
    private static final Instant FROM = Instant.parse("2026-11-23T00:00:00Z");
    private static final Instant TO = FROM.plusSeconds(86_400);
    private static final LocalDate COHORT_END = LocalDate.of(2026, 12, 31);

    @Autowired
    EntityManager em;

    @Autowired
    CheckInReminderFacts checkIns;

    @Autowired
    ActionItemReminderFacts actionItems;

    @Autowired
    FollowUpReminderFacts followUps;

    @Autowired
    ProgramOwners owners;

    Cohort cohort;
    Person mentor;
    Person secondMentor;
    Enrollment active;
    Enrollment withdrawn;

    @BeforeEach
    void aRotationWithTwoMentors() {
        cohort = TestData.cohort(em, "期 " + UUID.randomUUID(), LocalDate.of(2026, 10, 1), COHORT_END,
                TestData.team(em, TeamKind.SRE));
        mentor = TestData.person(em, Role.MENTOR);
        secondMentor = TestData.person(em, Role.MENTOR);
        active = rotation(TestData.named(em, "高橋 🌸", Role.PARTICIPANT), mentor, secondMentor, EnrollmentStatus.ACTIVE);
        withdrawn = rotation(TestData.person(em, Role.PARTICIPANT), mentor, null, EnrollmentStatus.WITHDRAWN);
    }

    private Enrollment rotation(Person participant, Person primary, Person second, EnrollmentStatus status) {
        Enrollment enrollment = new Enrollment(participant, cohort, null, primary, second, null, status);
        em.persist(enrollment);
        em.flush();
        return enrollment;
    }


    private long actionItem(Enrollment rotation, long checkIn, String owner, LocalDate due, boolean done) {
        em.createNativeQuery("INSERT INTO action_item (enrollment_id, check_in_id, text, owner, due_date, created_at, done_at)"
                        + " VALUES (:e, :c, '手順書を直す', :owner, :due, :at, :done)")
                .setParameter("e", rotation.getId()).setParameter("c", checkIn).setParameter("owner", owner)
                .setParameter("due", due).setParameter("at", FROM.minusSeconds(86_400 * 7))
                .setParameter("done", done ? FROM : null).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM action_item").getSingleResult()).longValue();
    }

    @Test
    void aScheduledCheckInIsOneRowPerActiveMentorFromTheFirstInstantUpToButNotTheLast() {
        long atStart = TestData.checkIn(em, active, FROM, CheckInStatus.SCHEDULED, null);
        TestData.checkIn(em, active, TO, CheckInStatus.SCHEDULED, null);
        TestData.checkIn(em, active, FROM.plusSeconds(60), CheckInStatus.CANCELLED, null);
        TestData.checkIn(em, withdrawn, FROM.plusSeconds(60), CheckInStatus.SCHEDULED, null);
        secondMentor.deactivate();
        Person third = TestData.person(em, Role.MENTOR);
        Enrollment another = rotation(TestData.named(em, "青木", Role.PARTICIPANT), third, null, EnrollmentStatus.ACTIVE);
        long later = TestData.checkIn(em, another, TO.minusSeconds(1), CheckInStatus.SCHEDULED, null);
        em.flush();

        assertThat(checkIns.scheduledBetween(FROM, TO)).filteredOn(row -> Set.of(active.getId(), another.getId(),
                withdrawn.getId()).contains(row.enrollmentId())).containsExactly(
                new MentorCheckIn(atStart, active.getId(), FROM, CheckInStatus.SCHEDULED, EnrollmentStatus.ACTIVE, "高橋 🌸",
                        mentor.getId(), TOKYO),
                new MentorCheckIn(later, another.getId(), TO.minusSeconds(1), CheckInStatus.SCHEDULED, EnrollmentStatus.ACTIVE,
                        "青木", third.getId(), TOKYO));
    }

    @Test
    void aCheckInReadByIdNamesBothMentorsWhateverItsState() {
        long cancelled = TestData.checkIn(em, active, FROM, CheckInStatus.CANCELLED, null);

        assertThat(checkIns.findByCheckInIds(List.of(cancelled))).extracting(MentorCheckIn::mentorId)
                .containsExactlyInAnyOrder(mentor.getId(), secondMentor.getId());
    }

    @Test
    void participantsAreRemindedOfTheirOpenItemsDueByTheDayOfActiveRotationsOnly() {
        long checkIn = TestData.checkIn(em, active, FROM.minusSeconds(86_400), CheckInStatus.HELD, null);
        long dueToday = actionItem(active, checkIn, "PARTICIPANT", LocalDate.of(2026, 11, 23), false);
        long overdue = actionItem(active, checkIn, "PARTICIPANT", LocalDate.of(2026, 11, 20), false);
        actionItem(active, checkIn, "PARTICIPANT", LocalDate.of(2026, 11, 24), false);
        actionItem(active, checkIn, "PARTICIPANT", LocalDate.of(2026, 11, 19), true);
        actionItem(active, checkIn, "MENTOR", LocalDate.of(2026, 11, 19), false);
        long ofWithdrawn = TestData.checkIn(em, withdrawn, FROM.minusSeconds(86_400), CheckInStatus.HELD, null);
        actionItem(withdrawn, ofWithdrawn, "PARTICIPANT", LocalDate.of(2026, 11, 19), false);
        long participant = active.getPerson().getId();

        List<ParticipantActionItem> expected = List.of(
                new ParticipantActionItem(overdue, "手順書を直す", LocalDate.of(2026, 11, 20), checkIn, participant, "Asia/Tokyo"),
                new ParticipantActionItem(dueToday, "手順書を直す", LocalDate.of(2026, 11, 23), checkIn, participant, "Asia/Tokyo"));
        assertThat(actionItems.openDueByFor(LocalDate.of(2026, 11, 23), List.of(participant, withdrawn.getPerson().getId())))
                .containsExactlyElementsOf(expected);
        assertThat(actionItems.openDueBy(LocalDate.of(2026, 11, 23)))
                .filteredOn(item -> item.participantId() == participant).containsExactlyElementsOf(expected);
    }

    @Test
    void graduatesWithoutASubmittedFollowUpAreRemindedByTheirRotationsEnd() {
        Enrollment graduated = rotation(TestData.person(em, Role.PARTICIPANT), mentor, null, EnrollmentStatus.GRADUATED);
        Enrollment answered = rotation(TestData.person(em, Role.PARTICIPANT), mentor, null, EnrollmentStatus.GRADUATED);
        Enrollment drafted = rotation(TestData.person(em, Role.PARTICIPANT), mentor, null, EnrollmentStatus.GRADUATED);
        followUp(answered, "SUBMITTED");
        followUp(drafted, "DRAFT");
        List<Long> ours = List.of(graduated.getId(), answered.getId(), drafted.getId(), active.getId());

        assertThat(followUps.unansweredAmong(ours)).extracting(GraduateFollowUp::enrollmentId)
                .containsExactly(graduated.getId(), drafted.getId());
        assertThat(followUps.unansweredAmong(List.of(graduated.getId()))).containsExactly(new GraduateFollowUp(
                graduated.getId(), graduated.getPerson().getId(), "Asia/Tokyo", cohort.getName(), COHORT_END));
        assertThat(followUps.unansweredEndingBetween(COHORT_END, COHORT_END)).extracting(GraduateFollowUp::enrollmentId)
                .filteredOn(ours::contains).containsExactly(graduated.getId(), drafted.getId());
        assertThat(followUps.unansweredEndingBetween(COHORT_END.plusDays(1), COHORT_END.plusDays(30)))
                .extracting(GraduateFollowUp::enrollmentId).filteredOn(ours::contains).isEmpty();
    }

    @Test
    void onlyActiveProgramOwnersAreNamed() {
        Person owner = TestData.person(em, Role.PROGRAM_OWNER, Role.MENTOR);
        Person former = TestData.person(em, Role.PROGRAM_OWNER);
        former.deactivate();
        em.flush();

        assertThat(owners.activeOwnerIds()).contains(owner.getId()).doesNotContain(former.getId(), mentor.getId())
                .isSorted();
    }

    private void followUp(Enrollment rotation, String status) {
        em.createNativeQuery("INSERT INTO follow_up (enrollment_id, status, updated_at) VALUES (:e, :s, :at)")
                .setParameter("e", rotation.getId()).setParameter("s", status).setParameter("at", FROM).executeUpdate();
    }
}
