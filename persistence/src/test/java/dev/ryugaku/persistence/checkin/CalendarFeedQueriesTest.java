package dev.ryugaku.persistence.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.core.checkin.calendar.CalendarEntry;
import dev.ryugaku.core.checkin.calendar.CalendarFeedRepository;
import dev.ryugaku.core.checkin.calendar.CalendarSubscriber;
import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.persistence.PersistenceTestApplication;
import dev.ryugaku.persistence.TestData;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** The calendar feed's queries against the real database: whose check-ins, seen from which side. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@Transactional
class CalendarFeedQueriesTest {

    private static final Instant FROM = Instant.parse("2026-11-23T00:00:00Z");

    @Autowired
    EntityManager em;

    @Autowired
    CalendarFeedRepository feeds;

    Person mentor;
    Person secondMentor;
    Enrollment hanako;
    Enrollment taro;
    String cohortName;

    @BeforeEach
    void aMentorWithTwoMentees() {
        cohortName = "期 " + UUID.randomUUID();
        Cohort cohort = TestData.cohort(em, cohortName, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31),
                TestData.team(em, TeamKind.SRE));
        mentor = TestData.named(em, "高橋 健太", Role.MENTOR);
        secondMentor = TestData.named(em, "伊藤 直樹", Role.MENTOR);
        hanako = new Enrollment(TestData.named(em, "佐藤 花子 🌸", Role.PARTICIPANT), cohort, null, mentor, secondMentor, null,
                EnrollmentStatus.ACTIVE);
        taro = new Enrollment(TestData.named(em, "鈴木 太郎", Role.PARTICIPANT), cohort, null, mentor, null, null,
                EnrollmentStatus.WITHDRAWN);
        em.persist(hanako);
        em.persist(taro);
        em.flush();
    }


    private void feed(Person person, String tokenHash, Instant createdAt, Instant revokedAt) {
        em.createNativeQuery("INSERT INTO calendar_feed (person_id, token_hash, created_at, revoked_at) VALUES (:p, :t, :c, :r)")
                .setParameter("p", person.getId()).setParameter("t", tokenHash).setParameter("c", createdAt)
                .setParameter("r", revokedAt).executeUpdate();
    }

    @Test
    void theParticipantSeesTheirMentorAndTheMentorsSeeTheParticipantFromTheFirstInstantOn() {
        TestData.checkIn(em, hanako, FROM.minusSeconds(1), CheckInStatus.HELD, null);
        long first = TestData.checkIn(em, hanako, FROM, CheckInStatus.SCHEDULED, null);
        long second = TestData.checkIn(em, hanako, FROM.plusSeconds(7 * 86_400), CheckInStatus.CANCELLED, null);
        TestData.checkIn(em, taro, FROM.plusSeconds(60), CheckInStatus.SCHEDULED, null);
        List<EnrollmentStatus> running = List.of(EnrollmentStatus.ACTIVE);

        assertThat(feeds.findEntries(hanako.getPerson().getId(), running, FROM)).containsExactly(
                new CalendarEntry(first, FROM, CheckInStatus.SCHEDULED, cohortName, "高橋 健太", false),
                new CalendarEntry(second, FROM.plusSeconds(7 * 86_400), CheckInStatus.CANCELLED, cohortName, "高橋 健太", false));
        assertThat(feeds.findEntries(secondMentor.getId(), running, FROM))
                .extracting(CalendarEntry::checkInId, CalendarEntry::counterpart, CalendarEntry::asMentor)
                .containsExactly(tuple(first, "佐藤 花子 🌸", true), tuple(second, "佐藤 花子 🌸", true));
        assertThat(feeds.findEntries(mentor.getId(), List.of(EnrollmentStatus.ACTIVE, EnrollmentStatus.WITHDRAWN), FROM))
                .extracting(CalendarEntry::counterpart).containsExactly("佐藤 花子 🌸", "鈴木 太郎", "佐藤 花子 🌸");
    }

    @Test
    void aTokenFindsItsActiveSubscriberExactlyAndRevokingEndsIt() {
        feed(mentor, "abc123", FROM.minusSeconds(86_400), FROM.minusSeconds(3600));
        feed(mentor, "def456", FROM, null);

        assertThat(feeds.findSubscriber("def456")).contains(new CalendarSubscriber(mentor.getId(), "ja", "Asia/Tokyo"));
        assertThat(feeds.findSubscriber("DEF456")).as("tokens compare byte by byte").isEmpty();
        assertThat(feeds.findSubscriber("abc123")).as("revoked").isEmpty();
        assertThat(feeds.findActiveSince(mentor.getId())).contains(FROM);

        assertThat(feeds.revokeActive(mentor.getId(), FROM.plusSeconds(60))).isEqualTo(1);
        assertThat(feeds.findSubscriber("def456")).isEmpty();
        assertThat(feeds.findActiveSince(mentor.getId())).isEmpty();
    }
}
