package dev.ryugaku.persistence.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.reminder.PendingReminder;
import dev.ryugaku.core.reminder.ReminderKind;
import dev.ryugaku.core.reminder.ReminderRepository;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.persistence.PersistenceTestApplication;
import dev.ryugaku.persistence.TestData;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** The reminder outbox against the real database: its unique key records a reminder once. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@Transactional
class ReminderOutboxTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

    @Autowired
    EntityManager em;

    @Autowired
    ReminderRepository reminders;

    Person mentor;
    Person other;

    @BeforeEach
    void twoRecipients() {
        mentor = TestData.named(em, "高橋 🌸", Role.MENTOR);
        other = TestData.person(em, Role.MENTOR);
        em.flush();
    }

    private int record(Person recipient, String subjectKey, Instant nextAttemptAt) {
        return reminders.insertIfAbsent(ReminderKind.CHECK_IN_DUE.name(), recipient.getId(), 7L, subjectKey, NOW.minusSeconds(600),
                nextAttemptAt);
    }

    @Test
    void aReminderIsRecordedOncePerKindRecipientAndSubject() {
        assertThat(record(mentor, "check-in:7@1", NOW)).isEqualTo(1);
        assertThat(record(mentor, "check-in:7@1", NOW.plusSeconds(60))).as("the same again").isZero();
        assertThat(record(mentor, "check-in:7@2", NOW)).as("the check-in moved").isEqualTo(1);
        assertThat(record(other, "check-in:7@1", NOW)).as("another mentor").isEqualTo(1);
        assertThat(reminders.insertIfAbsent(ReminderKind.CHECK_IN_OVERDUE.name(), mentor.getId(), 7L, "check-in:7@1", NOW, NOW))
                .as("another kind").isEqualTo(1);

        assertThat(reminders.findPending(ReminderKind.CHECK_IN_DUE, mentor.getId(), "check-in:7@1")).hasValueSatisfying(pending -> {
            assertThat(pending.subjectId()).isEqualTo(7L);
            assertThat(pending.attempts()).isZero();
            assertThat(pending.recipient().displayName()).isEqualTo("高橋 🌸");
        });
        assertThat(reminders.findPending(ReminderKind.CHECK_IN_DUE, mentor.getId(), "check-in:8@1")).isEmpty();
    }

    @Test
    void onlyRemindersDueByNowAreSendableEarliestFirstAndThoseForTheCallerNever() {
        record(mentor, "later", NOW.plusSeconds(1));
        record(mentor, "second", NOW);
        record(other, "first", NOW.minusSeconds(60));
        record(other, "sent by its caller", null);

        assertThat(reminders.findSendable(NOW, PageRequest.of(0, 500)).stream()
                .filter(pending -> Set.of(mentor.getId(), other.getId()).contains(pending.recipient().personId()))
                .map(PendingReminder::subjectKey).toList()).containsExactly("first", "second");
        assertThat(reminders.findSendable(NOW, PageRequest.of(0, 500)).stream()
                .filter(pending -> pending.recipient().personId() == mentor.getId()))
                .singleElement().satisfies(pending -> assertThat(reminders.lockPending(pending.id())).isPresent());
    }
}
