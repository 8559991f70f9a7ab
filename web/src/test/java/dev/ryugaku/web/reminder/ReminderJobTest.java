package dev.ryugaku.web.reminder;

import static dev.ryugaku.web.reminder.ReminderFixtures.tomorrowAtTen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.reminder.ReminderKind;
import dev.ryugaku.core.reminder.ReminderPreferences;
import dev.ryugaku.core.reminder.ReminderService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.Mailbox;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.i18n.Formats;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reminder job end to end, against a real SMTP server in the test JVM: what a mentor receives,
 * in their language and zone, exactly once — across runs, replicas and a mail server that fails.
 */
@RyugakuTest
class ReminderJobTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Autowired
    ReminderJob job;

    @Autowired
    ReminderService reminders;

    @Autowired
    ReminderFixtures fixtures;

    @Autowired
    FreshPeople people;

    @Autowired
    Mailbox mailbox;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LockProvider locks;

    @BeforeEach
    void mailServerUp() {
        mailbox.startServer();
    }

    @AfterEach
    void cleanUp() {
        mailbox.startServer();
        SignIn.out();
    }

    private List<Map<String, Object>> reminderRows(FreshPeople.Fresh recipient) {
        return fixtures.rowsOf(recipient.personId());
    }

    private long checkInAt(FreshPeople.Fresh mentor, Instant when) {
        return fixtures.checkInAt(mentor.personId(), when);
    }

    @Test
    void theMentorReceivesOneMailForTomorrowsCheckInInJapaneseWithTheTimeInTheirZone() throws Exception {
        FreshPeople.Fresh mentor = people.create("ベルリン 先生", Locale.JAPANESE, BERLIN, Role.MENTOR);
        Instant when = tomorrowAtTen(BERLIN);
        long checkIn = checkInAt(mentor, when);

        job.run();

        List<Mailbox.Mail> mails = mailbox.to(mentor.email());
        assertThat(mails).hasSize(1);
        Mailbox.Mail mail = mails.getFirst();
        String time = Formats.dateTime(when, BERLIN, Locale.JAPANESE) + " Europe/Berlin";
        assertThat(time).contains("10:00 Europe/Berlin");
        assertThat(mail.subject()).isEqualTo("【Ryugaku】チェックインの予定: ログ 太郎 さん " + time);
        assertThat(mail.body()).startsWith("ベルリン 先生 さん\n\nログ 太郎 さんとのチェックインが近づいています。")
                .contains("日時: " + time)
                .contains("チェックインのページ: https://ryugaku.test.example/checkins/" + checkIn)
                .contains("設定で止められます: https://ryugaku.test.example/settings")
                .doesNotContain("Asia/Tokyo");
        assertThat(mail.message().getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(mail.message().getFrom()).extracting(Object::toString).containsExactly("Ryugaku Test <ryugaku@test.example>");
        assertThat(reminderRows(mentor)).singleElement().satisfies(row -> {
            assertThat(row.get("kind")).isEqualTo("CHECK_IN_DUE");
            assertThat(row.get("status")).isEqualTo("SENT");
            assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
            assertThat(row.get("sent_at")).isNotNull();
        });
    }

    @Test
    void runningTheJobTwiceSendsTheReminderOnce() {
        FreshPeople.Fresh mentor = people.create("二度 先生", Locale.JAPANESE, TOKYO, Role.MENTOR);
        checkInAt(mentor, tomorrowAtTen(TOKYO));

        job.run();
        job.run();
        job.retry();

        assertThat(mailbox.to(mentor.email())).hasSize(1);
        assertThat(reminderRows(mentor)).hasSize(1);
    }

    @Test
    void twoReplicasRunningTheJobAtOnceSendOneMail() throws Exception {
        FreshPeople.Fresh mentor = people.create("同時 先生", Locale.JAPANESE, TOKYO, Role.MENTOR);
        checkInAt(mentor, tomorrowAtTen(TOKYO));

        atOnceTwice(job::run);

        assertThat(mailbox.to(mentor.email())).hasSize(1);
        assertThat(reminderRows(mentor)).hasSize(1);
    }

    @Test
    void whileAnotherReplicaHoldsTheLockTheJobSendsNothing() {
        FreshPeople.Fresh mentor = people.create("待機 先生", Locale.JAPANESE, TOKYO, Role.MENTOR);
        checkInAt(mentor, tomorrowAtTen(TOKYO));
        SimpleLock otherReplica = locks.lock(new LockConfiguration(Instant.now(), ReminderJob.LOCK,
                Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
        try {
            job.run();
            job.retry();
            assertThat(reminderRows(mentor)).isEmpty();
        } finally {
            otherReplica.unlock();
        }
        job.run();
        assertThat(mailbox.to(mentor.email())).hasSize(1);
    }

    @Test
    void evenWithoutTheLockTwoSendersRecordAndSendTheReminderOnce() throws Exception {
        FreshPeople.Fresh mentor = people.create("鍵なし 先生", Locale.JAPANESE, TOKYO, Role.MENTOR);
        checkInAt(mentor, tomorrowAtTen(TOKYO));

        // straight to the service: no ShedLock, only the outbox's unique key and row locks
        atOnceTwice(() -> {
            reminders.recordDue();
            reminders.sendPending();
        });

        assertThat(mailbox.to(mentor.email())).hasSize(1);
        assertThat(reminderRows(mentor)).singleElement()
                .satisfies(row -> assertThat(row.get("status")).isEqualTo("SENT"));
    }

    @Test
    void aFailingMailServerKeepsTheReminderAndTheNextRunAfterItIsBackSendsItOnce() {
        FreshPeople.Fresh mentor = people.create("障害 先生", Locale.JAPANESE, TOKYO, Role.MENTOR);
        checkInAt(mentor, tomorrowAtTen(TOKYO));

        mailbox.stopServer();
        job.run();
        assertThat(reminderRows(mentor)).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("PENDING");
            assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
            assertThat((String) row.get("last_error")).isNotBlank();
            assertThat(((LocalDateTime) row.get("next_attempt_at")).toInstant(ZoneOffset.UTC))
                    .isAfter(Instant.now().plus(Duration.ofMinutes(9)));
        });
        mailbox.startServer();
        job.retry();
        assertThat(mailbox.to(mentor.email())).as("not before its next attempt is due").isEmpty();

        fixtures.nextAttemptsDue(mentor.personId());
        job.retry();
        job.retry();
        job.run();

        assertThat(mailbox.to(mentor.email())).hasSize(1);
        assertThat(reminderRows(mentor)).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("SENT");
            assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(2);
        });
    }

    @Test
    void aMentorWhoTurnedTheReminderOffGetsNoMail() {
        FreshPeople.Fresh mentor = people.create("静か 先生", Locale.JAPANESE, TOKYO, Role.MENTOR);
        checkInAt(mentor, tomorrowAtTen(TOKYO));
        signIn.as(mentor.email());
        reminders.updatePreferences(ReminderPreferences.NEVER_SAVED, List.of(ReminderKind.CHECK_IN_OVERDUE));
        SignIn.out();

        job.run();

        assertThat(mailbox.to(mentor.email())).isEmpty();
        assertThat(reminderRows(mentor)).isEmpty();
    }

    @Test
    void aReminderTurnedOffOrNoLongerTrueBeforeItCouldBeSentIsSkipped() {
        FreshPeople.Fresh turnedOff = people.create("後で止めた 先生", Locale.JAPANESE, TOKYO, Role.MENTOR);
        FreshPeople.Fresh held = people.create("実施済み 先生", Locale.JAPANESE, TOKYO, Role.MENTOR);
        checkInAt(turnedOff, tomorrowAtTen(TOKYO));
        long heldCheckIn = checkInAt(held, tomorrowAtTen(TOKYO));
        mailbox.stopServer();
        job.run();
        mailbox.startServer();

        signIn.as(turnedOff.email());
        reminders.updatePreferences(ReminderPreferences.NEVER_SAVED, List.of());
        SignIn.out();
        jdbc.update("update check_in set status = 'HELD' where id = ?", heldCheckIn);
        fixtures.nextAttemptsDue(turnedOff.personId());
        fixtures.nextAttemptsDue(held.personId());
        job.retry();

        for (FreshPeople.Fresh mentor : List.of(turnedOff, held)) {
            assertThat(mailbox.to(mentor.email())).isEmpty();
            assertThat(reminderRows(mentor)).singleElement()
                    .satisfies(row -> assertThat(row.get("status")).isEqualTo("SKIPPED"));
        }
    }

    @Test
    void aCheckInPastItsTimeAndNotRecordedRemindsTheMentorOnceInEnglish() {
        FreshPeople.Fresh mentor = people.create("Pat Mentor", Locale.ENGLISH, LOS_ANGELES, Role.MENTOR);
        Instant when = Instant.now().minus(Duration.ofHours(5));
        long checkIn = checkInAt(mentor, when);

        job.run();
        job.run();

        List<Mailbox.Mail> mails = mailbox.to(mentor.email());
        assertThat(mails).hasSize(1);
        String time = Formats.dateTime(when, LOS_ANGELES, Locale.ENGLISH) + " America/Los_Angeles";
        assertThat(mails.getFirst().subject()).isEqualTo("[Ryugaku] Check-in not recorded: ログ 太郎, " + time);
        assertThat(mails.getFirst().body()).startsWith("Hello Pat Mentor,\n\nThe check-in with ログ 太郎 (" + time + ")")
                .contains("https://ryugaku.test.example/checkins/" + checkIn)
                .contains("turn them off in your settings: https://ryugaku.test.example/settings");
        assertThat(reminderRows(mentor)).singleElement()
                .satisfies(row -> assertThat(row.get("kind")).isEqualTo("CHECK_IN_OVERDUE"));
    }

    @Test
    void aCheckInDaysAwayOrAlreadyMissedRemindsNobody() {
        FreshPeople.Fresh later = people.create("来週 先生", Locale.JAPANESE, TOKYO, Role.MENTOR);
        FreshPeople.Fresh missed = people.create("未実施 先生", Locale.JAPANESE, TOKYO, Role.MENTOR);
        checkInAt(later, tomorrowAtTen(TOKYO).plus(Duration.ofDays(2)));
        checkInAt(missed, Instant.now().minus(Duration.ofDays(4)));

        job.run();

        assertThat(mailbox.to(later.email())).isEmpty();
        assertThat(mailbox.to(missed.email())).isEmpty();
    }

    /** Runs the action on two threads released at the same moment, and waits for both. */
    private static void atOnceTwice(Runnable action) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> runs = List.of(threads.submit(() -> {
                start.await();
                action.run();
                return null;
            }), threads.submit(() -> {
                start.await();
                action.run();
                return null;
            }));
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
