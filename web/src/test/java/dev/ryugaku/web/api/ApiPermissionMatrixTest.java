package dev.ryugaku.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The permission matrices' cells through the API: a token sees what its person sees in the UI. Two
 * rotations — A (mentored by the demo mentor) and B (mentored by another) — and tokens of A's and
 * B's participants, both mentors and an owner. Another person's record answers 404 exactly like a
 * missing id.
 */
@RyugakuTest
class ApiPermissionMatrixTest {

    private static final long MISSING = 987_654_321L;

    @Autowired
    ApiClient api;
    @Autowired
    FreshRotations rotations;
    @Autowired
    EnrollmentFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private FreshRotations.Fresh a;
    private FreshRotations.Fresh b;
    private String participantA;
    private String participantB;
    private String mentorA;
    private String mentorB;
    private String owner;

    @BeforeEach
    void twoRotationsAndTheirPeoplesTokens() {
        a = rotations.active(today.minusDays(14), today.plusDays(60));
        b = rotations.active(today.minusDays(14), today.plusDays(60), fixtures.personId(DemoPeople.OTHER_MENTOR));
        SignIn.out();
        participantA = api.token(a.login(), true);
        participantB = api.token(b.login(), true);
        mentorA = api.token(DemoPeople.MENTOR, true);
        mentorB = api.token(DemoPeople.OTHER_MENTOR, true);
        owner = api.token(DemoPeople.OWNER, true);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private int status(String path, String token) {
        return api.get(path, token).status();
    }

    private Map<String, Object> onCall() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("date", today.toString());
        entry.put("minutes", 30);
        entry.put("category", "ON_CALL");
        entry.put("toil", true);
        return entry;
    }

    @Test
    void aRotationAndItsWorkLogAreReadByItsPeopleOnly() {
        String rotation = "/api/v1/enrollments/" + a.enrollmentId();
        String log = rotation + "/work-log?week=" + today;
        for (String reader : new String[] {participantA, mentorA, owner}) {
            assertThat(status(rotation, reader)).isEqualTo(200);
            assertThat(status(log, reader)).isEqualTo(200);
            assertThat(status(rotation + "/check-ins", reader)).isEqualTo(200);
        }
        for (String stranger : new String[] {participantB, mentorB}) {
            assertThat(status(rotation, stranger)).isEqualTo(404);
            assertThat(status(log, stranger)).isEqualTo(404);
            assertThat(status(rotation + "/check-ins", stranger)).isEqualTo(404);
        }
        assertThat(api.get(rotation, participantB).json().get("detail"))
                .as("another's record reads exactly like a missing one")
                .isEqualTo(api.get("/api/v1/enrollments/" + MISSING, participantB).json().get("detail"));
    }

    @Test
    void onlyTheParticipantWritesTheirLogAndStrangersAreToldNothingExists() {
        String entries = "/api/v1/enrollments/" + a.enrollmentId() + "/work-log";
        assertThat(api.send("POST", entries, participantB, onCall()).status()).isEqualTo(404);
        assertThat(api.send("POST", entries, mentorB, onCall()).status()).isEqualTo(404);
        assertThat(api.send("POST", entries, mentorA, onCall()).status()).as("the mentor sees it but may not write it").isEqualTo(403);
        assertThat(api.send("POST", entries, owner, onCall()).status()).isEqualTo(403);

        ApiClient.Answer created = api.send("POST", entries, participantA, onCall());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String entry = "/api/v1/work-log/" + created.json().get("id").asLong();

        assertThat(status(entry, mentorA)).isEqualTo(200);
        assertThat(status(entry, owner)).isEqualTo(200);
        assertThat(status(entry, participantB)).isEqualTo(404);
        assertThat(api.send("PUT", entry, participantB, onCall(), "If-Match", "\"0\"").status()).isEqualTo(404);
        assertThat(api.send("DELETE", entry, participantB, null, "If-Match", "\"0\"").status()).isEqualTo(404);
        assertThat(api.send("DELETE", entry, mentorA, null, "If-Match", "\"0\"").status()).isEqualTo(403);
        assertThat(status(entry, participantA)).as("still there").isEqualTo(200);
    }

    @Test
    void cohortsAreListedAndReadAsInTheUi() {
        long cohortA = enrollmentCohort(a.enrollmentId());
        String path = "/api/v1/cohorts/" + cohortA;
        assertThat(status(path, participantA)).isEqualTo(200);
        assertThat(status(path, mentorA)).isEqualTo(200);
        assertThat(status(path, owner)).isEqualTo(200);
        assertThat(status(path, participantB)).isEqualTo(404);
        assertThat(api.get(path, owner).header("ETag")).matches("\"\\d+\"");

        JsonNode mine = api.get("/api/v1/cohorts?size=200", participantA).json();
        assertThat(mine.get("total").asLong()).isEqualTo(mine.get("items").size());
        assertThat(mine.get("items").valueStream().map(c -> c.get("id").asLong()).toList()).containsExactly(cohortA);
        JsonNode page = api.get("/api/v1/cohorts?page=0&size=2", owner).json();
        assertThat(page.get("items").size()).isEqualTo(2);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isGreaterThan(2);
        assertThat(status("/api/v1/cohorts?size=1000", owner)).isEqualTo(400);

        assertThat(api.get(path + "/enrollments", participantB).status()).isEqualTo(404);
        assertThat(api.get(path + "/enrollments", mentorA).json().get("items").valueStream()
                .map(e -> e.get("id").asLong()).toList()).containsExactly(a.enrollmentId());
        assertThat(api.send("POST", "/api/v1/cohorts", mentorA, Map.of("name", "第97期")).status())
                .as("owners only").isEqualTo(403);
    }

    @Test
    void privateNotesReachMentorsAndOwnersButNeverTheParticipant() {
        long first = api.get("/api/v1/enrollments/" + a.enrollmentId() + "/check-ins", mentorA).json().get(0).get("id").asLong();
        // the first planned talk took place an hour ago (it may be recorded from a day before its time on)
        jdbc.update("update check_in set scheduled_at = ?, version = version + 1 where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))), first);
        JsonNode past = api.get("/api/v1/check-ins/" + first, mentorA).json();
        String checkIn = "/api/v1/check-ins/" + past.get("id").asLong();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("progress", 3);
        record.put("wellBeing", 4);
        record.put("confidence", 3);
        record.put("summary", "順調です");
        record.put("privateNotes", "本人には見せないメモ");

        assertThat(api.send("PUT", checkIn + "/record", participantA, record, "If-Match", "\"" + past.get("version").asLong() + "\"")
                .status()).isEqualTo(403);
        assertThat(api.send("PUT", checkIn + "/record", mentorB, record, "If-Match", "\"" + past.get("version").asLong() + "\"")
                .status()).isEqualTo(404);
        ApiClient.Answer recorded = api.send("PUT", checkIn + "/record", mentorA, record,
                "If-Match", "\"" + past.get("version").asLong() + "\"");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);

        assertThat(api.get(checkIn, mentorA).json().get("privateNotes").asString()).isEqualTo("本人には見せないメモ");
        assertThat(api.get(checkIn, owner).json().get("privateNotes").asString()).isEqualTo("本人には見せないメモ");
        JsonNode asParticipant = api.get(checkIn, participantA).json();
        assertThat(asParticipant.get("summary").asString()).isEqualTo("順調です");
        assertThat(asParticipant.get("privateNotes").isNull()).isTrue();
        assertThat(status(checkIn, participantB)).isEqualTo(404);
    }

    @Test
    void tasksFollowTheBoardsRulesAndWorkflow() {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("title", "アラートの閾値を見直す");
        task.put("category", "MONITORING");
        task.put("assigneeEnrollmentId", a.enrollmentId());
        assertThat(api.send("POST", "/api/v1/tasks", mentorB, task).status()).as("not B's mentee").isEqualTo(422);
        ApiClient.Answer created = api.send("POST", "/api/v1/tasks", mentorA, task);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String path = "/api/v1/tasks/" + id;
        assertThat(created.json().get("status").asString()).isEqualTo("READY");

        assertThat(status(path, participantA)).isEqualTo(200);
        assertThat(status(path, participantB)).isEqualTo(404);
        assertThat(api.get("/api/v1/tasks?assigneeEnrollmentId=" + a.enrollmentId(), participantA).json().get("items")
                .valueStream().map(t -> t.get("id").asLong()).toList()).containsExactly(id);
        assertThat(api.get("/api/v1/tasks?assigneeEnrollmentId=" + a.enrollmentId(), participantB).json().get("total").asLong())
                .isZero();

        String etag = api.get(path, participantA).header("ETag");
        assertThat(api.send("POST", path + "/moves", participantB, Map.of("to", "IN_PROGRESS"), "If-Match", etag).status())
                .isEqualTo(404);
        assertThat(api.send("POST", path + "/moves", participantA, Map.of("to", "IN_PROGRESS")).status()).isEqualTo(428);
        ApiClient.Answer moved = api.send("POST", path + "/moves", participantA, Map.of("to", "IN_PROGRESS"), "If-Match", etag);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(api.send("POST", path + "/moves", participantA, Map.of("to", "IN_REVIEW"), "If-Match", etag).status())
                .as("stale").isEqualTo(412);
    }

    @Test
    void programFiguresAreForOwners() {
        long cohortA = enrollmentCohort(a.enrollmentId());
        String figures = "/api/v1/figures/cohorts/" + cohortA;
        assertThat(status(figures, owner)).isEqualTo(200);
        assertThat(api.get(figures, owner).json().get("cohortId").asLong()).isEqualTo(cohortA);
        assertThat(status(figures, mentorA)).isEqualTo(403);
        assertThat(status(figures, participantA)).isEqualTo(403);
        assertThat(status(figures + "/feedback", participantA)).isEqualTo(403);

        JsonNode fewAnswers = api.get(figures + "/feedback", owner).json();
        assertThat(fewAnswers.get("minimumAnswers").asInt()).isEqualTo(3);
        assertThat(fewAnswers.get("responses").get("rotations").asLong()).isEqualTo(1);
        assertThat(fewAnswers.get("recommend").isNull()).as("no figure from fewer than three answers").isTrue();
        assertThat(fewAnswers.get("retrospectives").isEmpty()).isTrue();
    }

    private long enrollmentCohort(long enrollmentId) {
        return api.get("/api/v1/enrollments/" + enrollmentId, owner).json().get("cohortId").asLong();
    }
}
