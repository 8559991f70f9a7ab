package dev.ryugaku.web.search;

import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.task.TaskRisk;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.FreshRotations;
import dev.ryugaku.web.task.TaskFixtures;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Two rotations of a test's own, each with a task, whose names share a word nothing else holds: one
 * mentored by a new mentor, one by the demo mentor. The owner is signed in afterwards.
 */
@Component
class SearchFixtures {

    private final FreshRotations rotations;
    private final FreshPeople people;
    private final TaskFixtures tasks;
    private final JdbcTemplate jdbc;
    private final SignIn signIn;

    SearchFixtures(FreshRotations rotations, FreshPeople people, TaskFixtures tasks, JdbcTemplate jdbc, SignIn signIn) {
        this.rotations = rotations;
        this.people = people;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.signIn = signIn;
    }

    /** One participant's side: their rotation, its cohort's name, their task. */
    record Side(FreshRotations.Fresh rotation, String name, String cohortName, long taskId, String taskTitle) {
    }

    /** The word, the new mentor's sign-in name, the side they mentor and the side the demo mentor mentors. */
    record World(String word, String mentorLogin, Side mentored, Side other) {
    }

    World world() {
        String word = "探" + UUID.randomUUID().toString().substring(0, 6);
        FreshPeople.Fresh mentor = people.create(word + " 先生", Locale.JAPANESE, Person.DEFAULT_ZONE, Role.MENTOR);
        LocalDate today = LocalDate.now(Person.DEFAULT_ZONE);
        Side mentored = side(word + " 一郎", rotations.active(today.minusDays(10), today.plusDays(60), mentor.personId()));
        Side other = side(word + " 二郎", rotations.active(today.minusDays(10), today.plusDays(60)));
        return new World(word, mentor.email(), mentored, other);
    }

    private Side side(String name, FreshRotations.Fresh rotation) {
        jdbc.update("update person set display_name = ? where id = ?", name, rotation.personId());
        String cohortName = jdbc.queryForObject("select c.name from cohort c join enrollment e on e.cohort_id = c.id where e.id = ?",
                String.class, rotation.enrollmentId());
        signIn.as(DemoPeople.OWNER);
        String title = name + "の課題";
        return new Side(rotation, name, cohortName, task(title, rotation.enrollmentId()), title);
    }

    /** A task of the rotation, made by the owner. */
    long task(String title, long enrollmentId) {
        return tasks.titledFor(enrollmentId, title, TaskRisk.LOW);
    }
}
