package dev.ryugaku.web.inbox;

import dev.ryugaku.core.checkin.ActionItemOwner;
import dev.ryugaku.core.checkin.ActionItemService;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.task.PreMortemDraft;
import dev.ryugaku.core.task.PreMortemService;
import dev.ryugaku.core.task.TaskRisk;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.core.task.TaskStatus;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.FreshRotations;
import dev.ryugaku.web.task.TaskFixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A new mentor with one mentee whose rotation ends in five days, and everything the inbox knows
 * about: a check-in in two hours and one an hour past unrecorded, action items, a task handed in and
 * a pre-mortem submitted; and a graduate whose follow-up is due. Made through the services where
 * they allow it, the times set in the database. Nobody is signed in afterwards.
 */
@Component
class InboxFixtures {

    private final FreshPeople people;
    private final FreshRotations rotations;
    private final ActionItemService actionItems;
    private final TaskService tasks;
    private final TaskFixtures taskFixtures;
    private final PreMortemService preMortems;
    private final JdbcTemplate jdbc;
    private final SignIn signIn;

    InboxFixtures(FreshPeople people, FreshRotations rotations, ActionItemService actionItems, TaskService tasks,
                  TaskFixtures taskFixtures, PreMortemService preMortems, JdbcTemplate jdbc, SignIn signIn) {
        this.people = people;
        this.rotations = rotations;
        this.actionItems = actionItems;
        this.tasks = tasks;
        this.taskFixtures = taskFixtures;
        this.preMortems = preMortems;
        this.jdbc = jdbc;
        this.signIn = signIn;
    }

    record World(String mentorLogin, FreshRotations.Fresh rotation, long soonCheckInId, long pastCheckInId,
                 long taskId, long preMortemTaskId, FreshRotations.Fresh graduate) {
    }

    World world() {
        FreshPeople.Fresh mentor = people.create("受信 先生", Locale.JAPANESE, Person.DEFAULT_ZONE, Role.MENTOR);
        LocalDate today = LocalDate.now(Person.DEFAULT_ZONE);
        FreshRotations.Fresh rotation = rotations.active(today.minusDays(40), today.plusDays(5), mentor.personId());
        jdbc.update("update check_in set status = 'CANCELLED', cancel_reason = 'テスト' where enrollment_id = ?",
                rotation.enrollmentId());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        long soon = checkIn(rotation.enrollmentId(), now.plus(Duration.ofHours(2)));
        long past = checkIn(rotation.enrollmentId(), now.minus(Duration.ofHours(1)));

        signIn.as(mentor.email());
        actionItems.addActionItem(past, "SLO案を共有する", ActionItemOwner.PARTICIPANT, today.plusDays(1));
        actionItems.addActionItem(past, "来月の計画を立てる", ActionItemOwner.PARTICIPANT, today.plusDays(10));
        actionItems.addActionItem(past, "資料を送る", ActionItemOwner.MENTOR, today);

        long task = handedIn("受信テストの課題", rotation);
        long risky = taskFixtures.titledFor(rotation.enrollmentId(), "受信テストの危ない課題", TaskRisk.HIGH);
        signIn.as(rotation.login());
        preMortems.write(risky, 0, new PreMortemDraft("切り替えで接続が切れる", "ドライバの非互換", "検証環境で試す",
                "スナップショットから戻す"), true);

        FreshRotations.Fresh graduate = rotations.active(today.minusDays(20), today.plusDays(60), mentor.personId());
        jdbc.update("update enrollment set status = 'GRADUATED', start_date = ?, end_date = ? where id = ?",
                today.minusDays(200), today.minusDays(95), graduate.enrollmentId());
        SignIn.out();
        return new World(mentor.email(), rotation, soon, past, task, risky, graduate);
    }

    /** Two more tasks of the world's rotation handed in for review. */
    void moreToReview(World world) {
        handedIn("受信テストの追加課題1", world.rotation());
        handedIn("受信テストの追加課題2", world.rotation());
        SignIn.out();
    }

    /** A new mentor with no mentees: nothing needs them. Their sign-in name. */
    String idleMentor() {
        return people.create("暇な 先生", Locale.ENGLISH, Person.DEFAULT_ZONE, Role.MENTOR).email();
    }

    /** The reviewer accepts the task handed in: it is DONE. */
    void accept(long taskId, String reviewerLogin) {
        signIn.as(reviewerLogin);
        tasks.move(taskId, tasks.get(taskId).version(), TaskStatus.DONE, "アラートを整理した", null);
        SignIn.out();
    }

    /** A check-in at the time, pinned there as one the mentor moved. */
    private long checkIn(long enrollmentId, Instant at) {
        jdbc.update("insert into check_in (version, enrollment_id, scheduled_at, status, pinned) values (0, ?, ?, 'SCHEDULED', true)",
                enrollmentId, Timestamp.from(at));
        return jdbc.queryForObject("select max(id) from check_in where enrollment_id = ?", Long.class, enrollmentId);
    }

    /** A task of the rotation, started and handed in for review by its participant (who stays signed in). */
    private long handedIn(String title, FreshRotations.Fresh rotation) {
        long task = taskFixtures.titledFor(rotation.enrollmentId(), title, TaskRisk.LOW);
        signIn.as(rotation.login());
        tasks.move(task, tasks.get(task).version(), TaskStatus.IN_PROGRESS, null, null);
        tasks.move(task, tasks.get(task).version(), TaskStatus.IN_REVIEW, null, null);
        return task;
    }
}
