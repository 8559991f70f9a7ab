package dev.ryugaku.web.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.inbox.InboxKind;
import dev.ryugaku.core.inbox.InboxService;
import dev.ryugaku.core.intake.ApplicationState;
import dev.ryugaku.core.intake.IntakeService;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.reminder.ReminderKind;
import dev.ryugaku.core.reminder.ReminderPreferences;
import dev.ryugaku.core.reminder.ReminderService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.Mailbox;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import dev.ryugaku.web.reminder.ReminderJob;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Intake tells people by mail when something needs them or their application moves on: the
 * applicant, their home-team manager, and owners once a day; and reminds before intake closes.
 */
@RyugakuTest
class IntakeNotificationsTest {

    @Autowired
    IntakeService intake;

    @Autowired
    IntakeFixtures fixtures;

    @Autowired
    EnrollmentFixtures enrollmentFixtures;

    @Autowired
    ReminderService reminders;

    @Autowired
    InboxService inbox;

    @Autowired
    ReminderJob job;

    @Autowired
    Mailbox mailbox;

    @Autowired
    FreshPeople people;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void mailServerUp() {
        mailbox.startServer();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theManagerIsAskedToApproveAndTheApplicantHearsOfTheApprovalAndTheSelectionWithTheirRotation() {
        var world = fixtures.world(2, true);
        long id = fixtures.apply(world.applicant(), world.roundId());
        String cohort = cohortName(world);

        job.retry();
        List<Mailbox.Mail> toManager = mailbox.to(world.manager());
        assertThat(toManager).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("【Ryugaku】承認のお願い: 応募 花子 さんの" + cohort + "への応募");
            assertThat(mail.body()).contains("あなたの承認が必要です", "https://ryugaku.test.example/intake/team");
        });
        assertThat(mailbox.to(world.applicant())).as("nobody hears of their own step").isEmpty();

        signIn.as(world.manager());
        intake.approve(id, intake.get(id).version());
        job.retry();
        signIn.as(DemoPeople.OWNER);
        intake.select(id, intake.get(id).version(), "ようこそSREへ", enrollmentFixtures.personId(DemoPeople.MENTOR));
        job.retry();

        List<Mailbox.Mail> toApplicant = mailbox.to(world.applicant());
        assertThat(toApplicant).extracting(Mailbox.Mail::subject).containsExactly(
                "【Ryugaku】" + cohort + "への応募をマネージャーが承認しました",
                "【Ryugaku】" + cohort + "の選考を通過しました");
        assertThat(toApplicant.getLast().body()).startsWith("応募 花子 さん")
                .contains("オーナーからのメッセージ: ようこそSREへ",
                        "留学のページ: https://ryugaku.test.example/enrollments/" + intake.get(id).enrollmentId());
        assertThat(mailbox.to(world.manager())).extracting(Mailbox.Mail::subject)
                .contains("【Ryugaku】応募 花子 さんが" + cohort + "の選考を通過しました");
    }

    @Test
    void aSelectionUndoneBeforeTheMailWentOutIsNotAnnounced() {
        var world = fixtures.world(2, false);
        long id = fixtures.apply(world.applicant(), world.roundId());
        signIn.as(DemoPeople.OWNER);
        intake.select(id, intake.get(id).version(), null, null);
        intake.waitlist(id, intake.get(id).version(), "次の期もあります");
        assertThat(intake.get(id).state()).isEqualTo(ApplicationState.WAITLISTED);

        job.retry();

        assertThat(mailbox.to(world.applicant())).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("【Ryugaku】" + cohortName(world) + "の補欠になりました");
            assertThat(mail.body()).contains("補欠（1番目）", "オーナーからのメッセージ: 次の期もあります");
        });
    }

    @Test
    void anApplicantWhoTurnedIntakeNoticesOffHearsNothingOfTheirApplication() {
        var world = fixtures.world(2, true);
        long id = fixtures.apply(world.applicant(), world.roundId());
        ReminderPreferences mine = reminders.preferences();
        assertThat(mine.kinds()).extracting(ReminderPreferences.Preference::kind)
                .containsExactly(ReminderKind.INTAKE_UPDATE, ReminderKind.INTAKE_CLOSING);
        reminders.updatePreferences(mine.version(), List.of(ReminderKind.INTAKE_CLOSING));
        signIn.as(world.manager());
        assertThat(reminders.preferences().kinds()).extracting(ReminderPreferences.Preference::kind)
                .contains(ReminderKind.INTAKE_TEAM);
        intake.declineAsManager(id, intake.get(id).version(), "今期は障害対応の山場です");

        job.retry();

        assertThat(mailbox.to(world.applicant())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from reminder where recipient_id = ?", Integer.class,
                world.applicantId())).isZero();
    }

    @Test
    void theNomineeIsToldAndRemindedBeforeIntakeClosesAsIsTheManagerWithAnApprovalToGive() {
        var world = fixtures.world(2, true);
        var nominee = fixtures.teamMember(world);
        fixtures.apply(world.applicant(), world.roundId());
        signIn.as(world.manager());
        intake.nominate(world.roundId(), nominee.personId());
        SignIn.out();
        job.retry();
        assertThat(mailbox.to(nominee.login())).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("【Ryugaku】" + cohortName(world) + "のSRE留学に推薦されました");
            assertThat(mail.body()).contains("部長 一郎 さんがあなたを", "https://ryugaku.test.example/intake");
        });

        LocalDate today = LocalDate.now(clock.withZone(Person.DEFAULT_ZONE));
        jdbc.update("update intake_round set closes_on = ? where id = ?", today.plusDays(2), world.roundId());
        job.run();
        job.run();

        assertThat(mailbox.to(nominee.login())).hasSize(2).last().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("【Ryugaku】" + cohortName(world) + "の募集は");
            assertThat(mail.body()).contains("あなたへの推薦を受けるなら").doesNotContain("承認を待っています");
        });
        assertThat(mailbox.to(world.manager())).filteredOn(mail -> mail.subject().contains("締め切られます"))
                .singleElement().satisfies(mail -> assertThat(mail.body())
                        .contains("チームのメンバーの応募1件があなたの承認を待っています").doesNotContain("推薦を受けるなら"));
    }

    @Test
    void ownersGetOneNoteADayOfTheApplicationsWaitingForTheirDecision() {
        var owner = people.create("選考 オーナー", Locale.ENGLISH, ZoneId.of("Asia/Tokyo"), Role.PROGRAM_OWNER);
        var world = fixtures.world(2, false);
        fixtures.apply(world.applicant(), world.roundId());
        fixtures.apply(world.otherApplicant(), world.roundId());
        SignIn.out();

        job.run();
        job.run();

        assertThat(mailbox.to(owner.email())).filteredOn(mail -> mail.subject().contains(cohortName(world)))
                .singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("[Ryugaku] Intake for " + cohortName(world) + ": 2 applications to decide");
            assertThat(mail.body()).contains("Ready since yesterday: 応募 花子, 他所 次郎",
                    "https://ryugaku.test.example/cohorts/" + world.cohortId() + "/intake");
        });
    }

    @Test
    void theInboxShowsWhatWaitsOnEachOfThem() {
        var world = fixtures.world(2, true);
        var nominee = fixtures.teamMember(world);
        long id = fixtures.apply(world.applicant(), world.roundId());
        signIn.as(world.manager());
        intake.nominate(world.roundId(), nominee.personId());
        assertThat(inbox.mine().items()).filteredOn(item -> item.kind() == InboxKind.INTAKE_APPROVAL)
                .singleElement().satisfies(item -> assertThat(item.subjectId()).isEqualTo(id));
        signIn.as(nominee.login());
        assertThat(inbox.mine().items()).filteredOn(item -> item.kind() == InboxKind.INTAKE_NOMINATION)
                .singleElement().satisfies(item -> assertThat(item.about()).isEqualTo(cohortName(world)));
        signIn.as(world.manager());
        intake.approve(id, intake.get(id).version());
        assertThat(inbox.mine().items()).noneMatch(item -> item.kind() == InboxKind.INTAKE_APPROVAL);
        signIn.as(DemoPeople.OWNER);
        assertThat(inbox.mine().items()).filteredOn(item -> item.kind() == InboxKind.INTAKE_DECISIONS)
                .anySatisfy(item -> assertThat(item.subjectId()).isEqualTo(world.cohortId()));
    }

    private String cohortName(IntakeFixtures.World world) {
        return jdbc.queryForObject("select name from cohort where id = ?", String.class, world.cohortId());
    }
}
