package dev.ryugaku.web.reminder;

import static dev.ryugaku.web.reminder.ReminderFixtures.tomorrowAtTen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import dev.ryugaku.core.enrollment.EnrollmentDetails;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.reminder.DeliveryChoice;
import dev.ryugaku.core.reminder.ReminderKind;
import dev.ryugaku.core.reminder.ReminderPreferences;
import dev.ryugaku.core.reminder.ReminderService;
import dev.ryugaku.core.reminder.SlackConnectionService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.task.TaskCategory;
import dev.ryugaku.core.task.TaskDraft;
import dev.ryugaku.core.task.TaskRisk;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.core.task.TaskStatus;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.Mailbox;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.FreshRotations;
import dev.ryugaku.web.intake.IntakeFixtures;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;

/**
 * Reminders as Slack direct messages through the outbox, against a fake of Slack's Web API
 * ({@link MockRestServiceServer} bound to the sender's builder): the JSON posted, sent once,
 * retried after a failure, deferred by a 429's {@code Retry-After}, skipped for an unknown address.
 */
@RyugakuTest
class SlackDirectMessagesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String API = "https://slack-api.test.example/api";
    static final String TOKEN = "xoxb-1111111111-2222222222-testtokenabcd";
    static final String WEBHOOK = "https://hooks.slack.com/services/T0TEST/B0TEST/testwebhooksecret";

    @Autowired
    ReminderService reminders;

    @Autowired
    SlackConnectionService slack;

    @Autowired
    SlackDirectMessages slackApi;

    @Autowired
    ReminderFixtures fixtures;

    @Autowired
    FreshPeople people;

    @Autowired
    Mailbox mailbox;

    @Autowired
    SignIn signIn;

    @Autowired
    FreshRotations rotations;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IntakeFixtures intakeFixtures;

    private MockRestServiceServer slackServer;

    @BeforeEach
    void connected() {
        mailbox.startServer();
        signIn.as(DemoPeople.OWNER);
        SlackConnectionService.Status status = slack.status();
        if (!status.connected()) {
            slack.connect(status.version(), TOKEN);
        }
        SignIn.out();
        slackServer = MockRestServiceServer.bindTo(slackApi.http()).build();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A mentor with a check-in tomorrow, who chose this for check-in reminders. */
    private FreshPeople.Fresh mentorChoosing(String name, DeliveryChoice choice, long[] checkIn) {
        FreshPeople.Fresh mentor = people.create(name, Locale.JAPANESE, TOKYO, Role.MENTOR);
        checkIn[0] = fixtures.checkInAt(mentor.personId(), tomorrowAtTen(TOKYO));
        signIn.as(mentor.email());
        reminders.updateDeliveries(ReminderPreferences.NEVER_SAVED, Map.of(ReminderKind.CHECK_IN_DUE, choice));
        SignIn.out();
        return mentor;
    }

    private void slackKnows(FreshPeople.Fresh person, String userId) {
        slackServer.expect(ExpectedCount.once(), requestTo(lookup(person)))
                .andExpect(method(HttpMethod.GET))
                .andExpect(header("Authorization", "Bearer " + TOKEN))
                .andRespond(withSuccess("{\"ok\": true, \"user\": {\"id\": \"" + userId + "\", \"team_id\": \"T1\"}}",
                        MediaType.APPLICATION_JSON));
    }

    /** The address looked up, its {@code @} encoded as in any query. */
    private static String lookup(FreshPeople.Fresh person) {
        return API + "/users.lookupByEmail?email=" + URLEncoder.encode(person.email(), StandardCharsets.UTF_8);
    }

    /** Recording and sending twice, as the daily job and a second replica would: what was sent stays sent. */
    private void runTheJobTwice() {
        reminders.recordDue();
        reminders.sendPending();
        reminders.recordDue();
        reminders.sendPending();
    }

    private List<Map<String, Object>> rows(FreshPeople.Fresh person) {
        return fixtures.rowsOf(person.personId());
    }

    private static Map<String, Object> slackRow(List<Map<String, Object>> rows) {
        return rows.stream().filter(r -> "SLACK".equals(r.get("channel"))).findFirst().orElseThrow();
    }

    @Test
    void theReminderIsPostedOnceAsBlockKitInTheRecipientsLanguageWithALinkBack() {
        long[] checkIn = new long[1];
        FreshPeople.Fresh mentor = mentorChoosing("スラック 先生", DeliveryChoice.SLACK, checkIn);
        slackKnows(mentor, "U0SLACK1");
        slackServer.expect(ExpectedCount.once(), requestTo(API + "/chat.postMessage"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(header("Authorization", "Bearer " + TOKEN))
                .andExpect(jsonPath("$.channel").value("U0SLACK1"))
                .andExpect(jsonPath("$.text").value(containsString("チェックインの予定: ログ 太郎 さん")))
                .andExpect(jsonPath("$.blocks[0].type").value("header"))
                .andExpect(jsonPath("$.blocks[0].text.type").value("plain_text"))
                .andExpect(jsonPath("$.blocks[1].type").value("section"))
                .andExpect(jsonPath("$.blocks[1].text.type").value("mrkdwn"))
                .andExpect(jsonPath("$.blocks[1].text.text").value(containsString("スラック 先生 さん")))
                .andExpect(jsonPath("$.blocks[1].text.text")
                        .value(containsString("https://ryugaku.test.example/checkins/" + checkIn[0])))
                .andRespond(withSuccess("{\"ok\": true, \"channel\": \"D0DM\", \"ts\": \"1700000000.000100\"}",
                        MediaType.APPLICATION_JSON));

        runTheJobTwice();

        slackServer.verify();
        assertThat(rows(mentor)).singleElement().satisfies(row -> {
            assertThat(row.get("channel")).isEqualTo("SLACK");
            assertThat(row.get("status")).isEqualTo("SENT");
        });
        assertThat(mailbox.to(mentor.email())).isEmpty();
    }

    @Test
    void aManagerWhoChoseSlackIsAskedThereToApproveTheirMembersApplication() {
        var world = intakeFixtures.world(2, true);
        signIn.as(world.manager());
        reminders.updateDeliveries(ReminderPreferences.NEVER_SAVED, Map.of(ReminderKind.INTAKE_TEAM, DeliveryChoice.SLACK));
        intakeFixtures.apply(world.applicant(), world.roundId());
        SignIn.out();
        slackServer.expect(ExpectedCount.once(), requestTo(API + "/users.lookupByEmail?email="
                        + URLEncoder.encode(world.manager(), StandardCharsets.UTF_8)))
                .andRespond(withSuccess("{\"ok\": true, \"user\": {\"id\": \"U0MANAGER\"}}", MediaType.APPLICATION_JSON));
        slackServer.expect(ExpectedCount.once(), requestTo(API + "/chat.postMessage"))
                .andExpect(jsonPath("$.channel").value("U0MANAGER"))
                .andExpect(jsonPath("$.text").value(startsWith("【Ryugaku】承認のお願い: 応募 花子 さんの")))
                .andExpect(jsonPath("$.blocks[1].text.text")
                        .value(containsString("https://ryugaku.test.example/intake/team")))
                .andRespond(withSuccess("{\"ok\": true}", MediaType.APPLICATION_JSON));

        reminders.sendPending();
        reminders.sendPending();

        slackServer.verify();
        assertThat(mailbox.to(world.manager())).isEmpty();
    }

    @Test
    void bothMeansOneMailAndOneSlackMessage() {
        long[] checkIn = new long[1];
        FreshPeople.Fresh mentor = mentorChoosing("両方 先生", DeliveryChoice.MAIL_AND_SLACK, checkIn);
        slackKnows(mentor, "U0BOTH");
        slackServer.expect(ExpectedCount.once(), requestTo(API + "/chat.postMessage"))
                .andExpect(jsonPath("$.channel").value("U0BOTH"))
                .andRespond(withSuccess("{\"ok\": true}", MediaType.APPLICATION_JSON));

        runTheJobTwice();

        slackServer.verify();
        assertThat(rows(mentor)).extracting(r -> r.get("channel") + " " + r.get("status"))
                .containsExactlyInAnyOrder("MAIL SENT", "SLACK SENT");
        assertThat(mailbox.to(mentor.email())).hasSize(1);
    }

    @Test
    void aRateLimitDefersTheMessageByRetryAfterAndItIsSentOnceLater() {
        long[] checkIn = new long[1];
        FreshPeople.Fresh mentor = mentorChoosing("待機 先生", DeliveryChoice.SLACK, checkIn);
        slackKnows(mentor, "U0WAIT");
        slackServer.expect(ExpectedCount.once(), requestTo(API + "/chat.postMessage"))
                .andRespond(withStatus(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "3600"));
        slackServer.expect(ExpectedCount.once(), requestTo(API + "/chat.postMessage"))
                .andRespond(withSuccess("{\"ok\": true}", MediaType.APPLICATION_JSON));

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        reminders.recordDue();
        reminders.sendPending();
        Map<String, Object> deferred = slackRow(rows(mentor));
        assertThat(deferred.get("status")).isEqualTo("PENDING");
        assertThat(((Number) deferred.get("attempts")).intValue()).isEqualTo(1);
        assertThat(((LocalDateTime) deferred.get("next_attempt_at")).toInstant(ZoneOffset.UTC))
                .isAfterOrEqualTo(before.plus(Duration.ofSeconds(3600)));
        // not before the wait: a run now sends nothing
        reminders.sendPending();
        assertThat(slackRow(rows(mentor)).get("status")).isEqualTo("PENDING");

        fixtures.nextAttemptsDue(mentor.personId());
        reminders.sendPending();
        reminders.sendPending();

        slackServer.verify();
        assertThat(slackRow(rows(mentor)).get("status")).isEqualTo("SENT");
    }

    @Test
    void slackBeingDownKeepsTheMessagePendingForTheNextTry() {
        long[] checkIn = new long[1];
        FreshPeople.Fresh mentor = mentorChoosing("障害 先生", DeliveryChoice.SLACK, checkIn);
        slackKnows(mentor, "U0DOWN");
        slackServer.expect(ExpectedCount.once(), requestTo(API + "/chat.postMessage")).andRespond(withServerError());
        slackServer.expect(ExpectedCount.once(), requestTo(API + "/chat.postMessage"))
                .andRespond(withSuccess("{\"ok\": false, \"error\": \"fatal_error\"}", MediaType.APPLICATION_JSON));
        slackServer.expect(ExpectedCount.once(), requestTo(API + "/chat.postMessage"))
                .andRespond(withSuccess("{\"ok\": true}", MediaType.APPLICATION_JSON));

        reminders.recordDue();
        reminders.sendPending();
        assertThat(slackRow(rows(mentor))).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        fixtures.nextAttemptsDue(mentor.personId());
        reminders.sendPending();
        Map<String, Object> twice = slackRow(rows(mentor));
        assertThat(twice).containsEntry("status", "PENDING").containsEntry("attempts", 2);
        assertThat((String) twice.get("last_error")).contains("fatal_error");
        fixtures.nextAttemptsDue(mentor.personId());
        reminders.sendPending();

        slackServer.verify();
        assertThat(slackRow(rows(mentor))).containsEntry("status", "SENT").containsEntry("attempts", 3);
    }

    @Test
    void aPersonSlackDoesNotKnowIsSkipped() {
        long[] checkIn = new long[1];
        FreshPeople.Fresh mentor = mentorChoosing("不明 先生", DeliveryChoice.SLACK, checkIn);
        slackServer.expect(ExpectedCount.once(), requestTo(lookup(mentor)))
                .andRespond(withSuccess("{\"ok\": false, \"error\": \"users_not_found\"}", MediaType.APPLICATION_JSON));

        reminders.recordDue();
        reminders.sendPending();

        slackServer.verify();
        assertThat(slackRow(rows(mentor))).containsEntry("status", "SKIPPED");
    }

    /** A new owner connects Slack and the program channel; their weekly digest is the channel's too. */
    private FreshPeople.Fresh ownerWithChannel(String name, boolean names) {
        return ownerWithChannel(name, Locale.JAPANESE, names);
    }

    private FreshPeople.Fresh ownerWithChannel(String name, Locale language, boolean names) {
        FreshPeople.Fresh owner = people.create(name, language, TOKYO, Role.PROGRAM_OWNER);
        signIn.as(owner.email());
        slack.connect(slack.status().version(), TOKEN);
        slack.updateChannel(slack.status().version(), WEBHOOK, false, names);
        SignIn.out();
        return owner;
    }

    private void noChannel(FreshPeople.Fresh owner) {
        signIn.as(owner.email());
        slack.updateChannel(slack.status().version(), null, true, false);
        SignIn.out();
    }

    @Test
    void theWeeklyDigestIsPostedToTheChannelOnceWithCountsAndALinkButNoNames() {
        FreshPeople.Fresh owner = ownerWithChannel("チャンネル オーナー", false);
        try {
            slackServer.expect(ExpectedCount.once(), requestTo(WEBHOOK))
                    .andExpect(method(HttpMethod.POST))
                    .andExpect(jsonPath("$.text").value(startsWith("今週の要注意の参加者: ")))
                    .andExpect(jsonPath("$.blocks[0].type").value("header"))
                    .andExpect(jsonPath("$.blocks[1].text.text").value(containsString("件")))
                    .andExpect(jsonPath("$.blocks[1].text.text")
                            .value(containsString("要注意の一覧: https://ryugaku.test.example/")))
                    .andExpect(jsonPath("$.blocks[1].text.text").value(not(containsString("/enrollments/"))))
                    .andRespond(withSuccess("ok", MediaType.TEXT_PLAIN));

            runTheJobTwice();

            slackServer.verify();
            // (an owner also hears of intake rounds other tests left with applications to decide)
            assertThat(rows(owner)).filteredOn(r -> "ATTENTION_DIGEST".equals(r.get("kind")))
                    .extracting(r -> r.get("kind") + " " + r.get("channel") + " " + r.get("status"))
                    .containsExactlyInAnyOrder("ATTENTION_DIGEST MAIL SENT", "ATTENTION_DIGEST SLACK_CHANNEL SENT");
        } finally {
            noChannel(owner);
        }
    }

    @Test
    void theDigestNamesParticipantsOnlyWhenTheOwnerTickedIt() {
        FreshPeople.Fresh owner = ownerWithChannel("名前 オーナー", true);
        try {
            slackServer.expect(ExpectedCount.once(), requestTo(WEBHOOK))
                    .andExpect(jsonPath("$.blocks[1].text.text")
                            .value(containsString("<https://ryugaku.test.example/enrollments/")))
                    .andRespond(withStatus(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "30"));
            slackServer.expect(ExpectedCount.once(), requestTo(WEBHOOK))
                    .andRespond(withSuccess("ok", MediaType.TEXT_PLAIN));

            reminders.recordDue();
            reminders.sendPending();
            assertThat(rows(owner)).filteredOn(r -> "SLACK_CHANNEL".equals(r.get("channel")))
                    .singleElement().satisfies(row -> assertThat(row.get("status")).isEqualTo("PENDING"));
            fixtures.nextAttemptsDue(owner.personId());
            reminders.sendPending();

            slackServer.verify();
            assertThat(rows(owner)).filteredOn(r -> "SLACK_CHANNEL".equals(r.get("channel")))
                    .singleElement().satisfies(row -> assertThat(row.get("status")).isEqualTo("SENT"));
        } finally {
            noChannel(owner);
        }
    }

    /** The program's posts (not the digest) recorded for the channel owner, as "KIND STATUS". */
    private List<String> posts(FreshPeople.Fresh owner) {
        return rows(owner).stream().filter(r -> "SLACK_CHANNEL".equals(r.get("channel")))
                .filter(r -> !"ATTENTION_DIGEST".equals(r.get("kind")))
                .map(r -> r.get("kind") + " " + r.get("status")).toList();
    }

    @Test
    void aCohortStartingAndARotationGraduatingArePostedOnceWithWhoAndLinks() {
        FreshPeople.Fresh owner = ownerWithChannel("開始 オーナー", false);
        try {
            LocalDate today = LocalDate.now(TOKYO);
            FreshRotations.Fresh rotation = rotations.active(today.minusWeeks(12), today.plusDays(1));
            EnrollmentDetails enrolled = enrollments.get(rotation.enrollmentId());
            enrollments.graduate(rotation.enrollmentId(), enrolled.version());
            SignIn.out();
            slackServer.expect(ExpectedCount.once(), requestTo(WEBHOOK))
                    .andExpect(method(HttpMethod.POST))
                    .andExpect(jsonPath("$.text").value(enrolled.cohortName() + " が始まりました"))
                    .andExpect(jsonPath("$.blocks[0].type").value("header"))
                    .andExpect(jsonPath("$.blocks[1].text.type").value("mrkdwn"))
                    .andExpect(jsonPath("$.blocks[1].text.text").value(containsString("*参加者（1名）* ログ 太郎")))
                    .andExpect(jsonPath("$.blocks[1].text.text")
                            .value(containsString("*メンター* " + enrolled.primaryMentorName())))
                    .andExpect(jsonPath("$.blocks[1].text.text").value(containsString(
                            "<https://ryugaku.test.example/cohorts/" + enrolled.cohortId() + "|コホートを開く>")))
                    .andRespond(withSuccess("ok", MediaType.TEXT_PLAIN));
            slackServer.expect(ExpectedCount.once(), requestTo(WEBHOOK))
                    .andExpect(jsonPath("$.blocks[0].text.text")
                            .value("ログ 太郎 さんが " + enrolled.cohortName() + " を修了しました"))
                    .andExpect(jsonPath("$.blocks[1].text.text").value(containsString(
                            "<https://ryugaku.test.example/enrollments/" + rotation.enrollmentId() + "|ローテーションを開く>")))
                    .andRespond(withSuccess("ok", MediaType.TEXT_PLAIN));

            reminders.sendPending();
            reminders.sendPending();

            slackServer.verify();
            assertThat(posts(owner)).containsExactly("COHORT_STARTED SENT", "ROTATION_GRADUATED SENT");
            assertThat(mailbox.to(owner.email())).isEmpty();
        } finally {
            noChannel(owner);
        }
    }

    @Test
    void aTaskDoneIsPostedWithItsMeasuredImpactInTheOwnersLanguageAfterARateLimit() {
        LocalDate today = LocalDate.now(TOKYO);
        FreshRotations.Fresh rotation = rotations.active(today.minusWeeks(2), today.plusWeeks(10));
        TaskDraft draft = new TaskDraft();
        draft.setTitle("Alert noise cut " + rotation.enrollmentId());
        draft.setCategory(TaskCategory.MONITORING);
        draft.setRisk(TaskRisk.LOW);
        draft.setAssigneeEnrollmentId(rotation.enrollmentId());
        draft.setCostSavedPerMonth(new BigDecimal("120000.00"));
        draft.setToilHoursSavedPerMonth(new BigDecimal("6.50"));
        long task = tasks.create(draft);
        signIn.as(rotation.login());
        tasks.move(task, tasks.get(task).version(), TaskStatus.IN_PROGRESS, null, null);
        tasks.move(task, tasks.get(task).version(), TaskStatus.IN_REVIEW, null, null);
        FreshPeople.Fresh owner = ownerWithChannel("Channel Owner", Locale.ENGLISH, false);
        try {
            signIn.as(owner.email());
            tasks.move(task, tasks.get(task).version(), TaskStatus.DONE, "Half the pages gone", null);
            SignIn.out();
            slackServer.expect(ExpectedCount.once(), requestTo(WEBHOOK))
                    .andRespond(withStatus(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "120"));
            slackServer.expect(ExpectedCount.once(), requestTo(WEBHOOK))
                    .andExpect(jsonPath("$.text").value("Improvement task done: Alert noise cut " + rotation.enrollmentId()))
                    .andExpect(jsonPath("$.blocks[1].text.text").value(containsString("*Assignee* ログ 太郎")))
                    .andExpect(jsonPath("$.blocks[1].text.text").value(containsString(
                            "*Measured impact* 120000 yen per month, 6.5 toil hours per month")))
                    .andExpect(jsonPath("$.blocks[1].text.text").value(containsString(
                            "<https://ryugaku.test.example/tasks/" + task + "|Open the task>")))
                    .andRespond(withSuccess("ok", MediaType.TEXT_PLAIN));

            reminders.sendPending();
            assertThat(posts(owner)).containsExactly("TASK_DONE PENDING");
            reminders.sendPending();
            assertThat(posts(owner)).containsExactly("TASK_DONE PENDING");
            fixtures.nextAttemptsDue(owner.personId());
            reminders.sendPending();
            reminders.sendPending();

            slackServer.verify();
            assertThat(posts(owner)).containsExactly("TASK_DONE SENT");
        } finally {
            noChannel(owner);
        }
    }

    @Test
    void withoutAChannelNothingIsRecordedForTheChannel() {
        LocalDate today = LocalDate.now(TOKYO);
        FreshRotations.Fresh rotation = rotations.active(today.minusWeeks(12), today.plusDays(1));
        enrollments.graduate(rotation.enrollmentId(), enrollments.get(rotation.enrollmentId()).version());
        long cohort = enrollments.get(rotation.enrollmentId()).cohortId();
        SignIn.out();

        assertThat(jdbc.queryForObject("select count(*) from reminder where (kind = 'COHORT_STARTED' and subject_id = ?)"
                + " or (kind = 'ROTATION_GRADUATED' and subject_id = ?)", Long.class, cohort, rotation.enrollmentId()))
                .isZero();
    }
}
