package dev.ryugaku.web.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.checkin.ActionItemOwner;
import dev.ryugaku.core.checkin.ActionItemService;
import dev.ryugaku.core.checkin.CheckInRow;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.reminder.ReminderKind;
import dev.ryugaku.core.reminder.ReminderPreferences;
import dev.ryugaku.core.reminder.ReminderService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.Mailbox;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.checkin.HeldCheckIns;
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

/** Participants hear of action items due within two days; owners get the attention queue once a week. */
@RyugakuTest
class ParticipantAndOwnerRemindersTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Autowired
    ReminderJob job;

    @Autowired
    HeldCheckIns heldCheckIns;

    @Autowired
    ReminderService reminders;

    @Autowired
    ReminderFixtures fixtures;

    @Autowired
    CheckInService checkIns;

    @Autowired
    ActionItemService actionItems;

    @Autowired
    EnrollmentService enrollments;

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

    private record Participant(FreshPeople.Fresh person, long checkInId) {
    }

    @Test
    void theParticipantReceivesOneMailListingTheItemsDueWithinTwoDaysInTheirLanguageOnce() {
        Participant alex = participantWithDueItems();

        job.run();
        job.run();

        List<Mailbox.Mail> mails = mailbox.to(alex.person().email());
        assertThat(mails).hasSize(1);
        Mailbox.Mail mail = mails.getFirst();
        LocalDate tomorrow = LocalDate.now(LOS_ANGELES).plusDays(1);
        assertThat(mail.subject()).isEqualTo("[Ryugaku] Action items due soon: 1");
        assertThat(mail.body()).startsWith("Hello Alex Kim,")
                .contains("- Runbook update (due " + Formats.date(tomorrow, Locale.ENGLISH) + ") "
                        + "https://ryugaku.test.example/checkins/" + alex.checkInId())
                .doesNotContain("Dashboard review")
                .contains("https://ryugaku.test.example/settings");
        assertThat(fixtures.rowsOf(alex.person().personId())).singleElement()
                .satisfies(row -> assertThat(row.get("kind")).isEqualTo("ACTION_ITEMS_DUE"));
    }

    @Test
    void aParticipantWhoTurnedActionItemRemindersOffGetsNoMail() {
        Participant alex = participantWithDueItems();
        signIn.as(alex.person().email());
        reminders.updatePreferences(ReminderPreferences.NEVER_SAVED, List.of());
        SignIn.out();

        job.run();

        assertThat(mailbox.to(alex.person().email())).isEmpty();
    }

    @Test
    void anOwnerReceivesTheAttentionQueueOnceAWeek() {
        FreshPeople.Fresh owner = people.create("週報 オーナー", Locale.JAPANESE, ZoneId.of("Asia/Tokyo"), Role.PROGRAM_OWNER);
        FreshRotations.Fresh tired = heldCheckIns.rotationWithWellBeing(2, 2);

        job.run();
        job.run();

        // (an owner also hears of intake rounds other tests left with applications to decide)
        List<Mailbox.Mail> mails = mailbox.to(owner.email()).stream()
                .filter(mail -> mail.subject().contains("週次ダイジェスト")).toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).startsWith("【Ryugaku】週次ダイジェスト: 要注意の参加者 ");
        String entry = mails.getFirst().body().lines()
                .dropWhile(line -> !line.startsWith("・ログ 太郎（" + heldCheckIns.cohortNameOf(tired) + "、メンター "))
                .limit(2).reduce("", (first, second) -> first + second + "\n");
        assertThat(entry).contains("コンディションが2回続けて2以下です",
                "https://ryugaku.test.example/enrollments/" + tired.enrollmentId() + "\n");
        assertThat(fixtures.rowsOf(owner.personId())).filteredOn(row -> "ATTENTION_DIGEST".equals(row.get("kind")))
                .singleElement()
                .satisfies(row -> assertThat((String) row.get("subject_key")).startsWith("attention-digest:"));
    }

    /** One item due tomorrow (in the participant's zone) and one in five days. */
    private Participant participantWithDueItems() {
        FreshPeople.Fresh person = people.create("Alex Kim", Locale.ENGLISH, LOS_ANGELES, Role.PARTICIPANT);
        LocalDate today = LocalDate.now(LOS_ANGELES);
        signIn.as(DemoPeople.OWNER);
        long rotation = rotations.enroll(person.personId(), rotations.cohort(today.minusDays(10), today.plusDays(60)));
        enrollments.activate(rotation, enrollments.get(rotation).version());
        signIn.as(DemoPeople.MENTOR);
        CheckInRow first = checkIns.checkIns(rotation).getFirst();
        LocalDate later = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(10);
        actionItems.addActionItem(first.id(), "Runbook update", ActionItemOwner.PARTICIPANT, later);
        actionItems.addActionItem(first.id(), "Dashboard review", ActionItemOwner.PARTICIPANT, later);
        SignIn.out();
        // time passes: the check-in took place and the items' due dates come near
        jdbc.update("update action_item set due_date = ? where check_in_id = ? and text = ?",
                today.plusDays(1), first.id(), "Runbook update");
        jdbc.update("update action_item set due_date = ? where check_in_id = ? and text = ?",
                today.plusDays(5), first.id(), "Dashboard review");
        return new Participant(person, first.id());
    }
}
