package dev.ryugaku.web.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.people.PasswordSetup;
import dev.ryugaku.core.people.PersonDraft;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.Mailbox;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The embedded demo has no mail server: reminders and setup links are recorded, logged and marked
 * skipped, and nothing fails.
 */
@RyugakuTest
@TestPropertySource(properties = "spring.mail.host=")
class WithoutMailServerTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    MailDelivery mail;

    @Autowired
    ReminderJob job;

    @Autowired
    PersonService people;

    @Autowired
    FreshPeople freshPeople;

    @Autowired
    ReminderFixtures fixtures;

    @Autowired
    PasswordSetup passwordSetup;

    @Autowired
    Mailbox mailbox;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDueReminderIsRecordedAndSkippedNotSent() throws InterruptedException {
        assertThat(mail.isConfigured()).isFalse();
        FreshPeople.Fresh mentor = freshPeople.create("デモ 先生", Locale.JAPANESE, TOKYO, Role.MENTOR);
        fixtures.checkInAt(mentor.personId(), ReminderFixtures.tomorrowAtTen(TOKYO));

        job.run();

        Map<String, Object> reminder = fixtures.awaitSettled(mentor.personId(), "CHECK_IN_DUE");
        assertThat(reminder.get("status")).isEqualTo("SKIPPED");
        assertThat(reminder.get("last_error")).isEqualTo("no mail server configured");
        assertThat(mailbox.to(mentor.email())).isEmpty();
    }

    @Test
    void aNewAccountStillGetsItsLinkOnScreen() throws InterruptedException {
        signIn.as(DemoPeople.OWNER);
        PersonDraft draft = new PersonDraft();
        draft.setDisplayName("デモ 四郎");
        draft.setEmail("demo-" + UUID.randomUUID() + "@example.com");
        draft.setRoles(Set.of(Role.PARTICIPANT));

        PasswordSetup.IssuedLink link = people.create(draft);

        assertThat(fixtures.awaitSettled(link.personId(), "PASSWORD_SETUP").get("status")).isEqualTo("SKIPPED");
        assertThat(passwordSetup.personFor(link.token())).contains("デモ 四郎");
        assertThat(mailbox.to(draft.getEmail())).isEmpty();
    }
}
