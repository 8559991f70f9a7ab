package dev.ryugaku.web.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.retrospective.FollowUpDraft;
import dev.ryugaku.core.retrospective.FollowUpService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.Mailbox;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.FreshRotations;
import dev.ryugaku.web.i18n.Formats;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ninety days after a rotation ended, its graduate is asked for the follow-up: once, by mail, in their language. */
@RyugakuTest
class FollowUpReminderTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    ReminderJob job;

    @Autowired
    ReminderFixtures fixtures;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    FollowUpService followUps;

    @Autowired
    FreshRotations rotations;

    @Autowired
    FreshPeople people;

    @Autowired
    Mailbox mailbox;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void mailServerUp() {
        mailbox.startServer();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private record Graduate(FreshPeople.Fresh person, long enrollmentId, LocalDate lastDay) {
    }

    /** A graduate whose rotation's last day was {@code daysAgo} days ago. */
    private Graduate graduate(String name, Locale locale, int daysAgo) {
        FreshPeople.Fresh person = people.create(name, locale, TOKYO, Role.PARTICIPANT);
        LocalDate today = LocalDate.now(TOKYO);
        signIn.as(DemoPeople.OWNER);
        long rotation = rotations.enroll(person.personId(), rotations.cohort(today.minusDays(20), today.plusDays(20)));
        enrollments.activate(rotation, enrollments.get(rotation).version());
        enrollments.graduate(rotation, enrollments.get(rotation).version());
        SignIn.out();
        // time passes: the rotation lies in the past
        LocalDate lastDay = today.minusDays(daysAgo);
        jdbc.update("update cohort set start_date = ?, end_date = ? where id = (select cohort_id from enrollment where id = ?)",
                lastDay.minusDays(180), lastDay, rotation);
        return new Graduate(person, rotation, lastDay);
    }

    @Test
    void theGraduateIsAskedOnceInTheirLanguageWithALinkToTheFollowUp() {
        Graduate alex = graduate("Alex Kim", Locale.ENGLISH, 91);

        job.run();
        job.run();

        List<Mailbox.Mail> mails = mailbox.to(alex.person().email());
        assertThat(mails).hasSize(1);
        Mailbox.Mail mail = mails.getFirst();
        assertThat(mail.subject()).startsWith("[Ryugaku] Your follow-up, please (第9期 ");
        assertThat(mail.body()).startsWith("Hello Alex Kim,")
                .contains("It has been 90 days since your rotation in 第9期 ",
                        "ended (" + Formats.date(alex.lastDay(), Locale.ENGLISH) + ")",
                        "https://ryugaku.test.example/enrollments/" + alex.enrollmentId() + "/follow-up",
                        "https://ryugaku.test.example/settings");
        assertThat(fixtures.rowsOf(alex.person().personId())).singleElement().satisfies(row -> {
            assertThat(row.get("kind")).isEqualTo("FOLLOW_UP_DUE");
            assertThat(row.get("subject_key")).isEqualTo("follow-up:" + alex.enrollmentId());
        });
    }

    @Test
    void aGraduateWhoAnsweredOrWhoseRotationIsTooRecentOrLongPastGetsNoMail() {
        Graduate answered = graduate("回答 済み", Locale.JAPANESE, 93);
        signIn.as(answered.person().email());
        followUps.write(answered.enrollmentId(), null, new FollowUpDraft(List.of(), "オンコールに入るようになった"), true);
        SignIn.out();
        Graduate recent = graduate("最近 修了", Locale.JAPANESE, 60);
        Graduate longAgo = graduate("ずっと 前", Locale.JAPANESE, 200);

        job.run();

        assertThat(mailbox.to(answered.person().email())).isEmpty();
        assertThat(mailbox.to(recent.person().email())).isEmpty();
        assertThat(mailbox.to(longAgo.person().email())).isEmpty();
    }

    @Test
    void theJapaneseMailNamesTheCohortAndTheLastDay() {
        Graduate hanako = graduate("修了 花子", Locale.JAPANESE, 90);

        job.run();

        Mailbox.Mail mail = mailbox.to(hanako.person().email()).getFirst();
        assertThat(mail.subject()).startsWith("【Ryugaku】フォローアップのお願い（第9期 ");
        assertThat(mail.body()).startsWith("修了 花子 さん")
                .contains("（最終日 " + Formats.date(hanako.lastDay(), Locale.JAPANESE) + "）から90日がたちました。",
                        "/enrollments/" + hanako.enrollmentId() + "/follow-up");
    }
}
