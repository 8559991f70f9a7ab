package dev.ryugaku.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A script sets up the next cohort: schedules it, changes and cancels it by version, enrolls a
 * person and withdraws them — with the form's rules.
 */
@RyugakuTest
class ApiCohortsTest {

    @Autowired
    ApiClient api;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    EnrollmentFixtures fixtures;

    private String owner;

    @BeforeEach
    void anOwnersToken() {
        owner = api.token(DemoPeople.OWNER, true);
    }

    private Map<String, Object> cohort() {
        long sreTeam = api.get("/api/v1/teams?size=200", owner).json().get("items").valueStream()
                .filter(team -> team.get("kind").asString().equals("SRE")).findFirst().orElseThrow().get("id").asLong();
        Map<String, Object> cohort = new LinkedHashMap<>();
        cohort.put("name", "第8期 " + UUID.randomUUID().toString().substring(0, 8));
        cohort.put("startDate", "2029-04-01");
        cohort.put("endDate", "2029-09-30");
        cohort.put("capacity", 4);
        cohort.put("hostTeamId", sreTeam);
        cohort.put("cadence", "WEEKLY");
        return cohort;
    }

    @Test
    void aCohortIsScheduledChangedByVersionAndCancelled() {
        Map<String, Object> cohort = cohort();
        ApiClient.Answer created = api.send("POST", "/api/v1/cohorts", owner, cohort);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = "/api/v1/cohorts/" + created.json().get("id").asLong();
        assertThat(created.json().get("status").asString()).isEqualTo("PLANNED");

        cohort.put("capacity", 6);
        assertThat(api.send("PUT", path, owner, cohort).status()).isEqualTo(428);
        assertThat(api.send("PUT", path, owner, cohort, "If-Match", "\"41\"").status()).isEqualTo(412);
        ApiClient.Answer changed = api.send("PUT", path, owner, cohort, "If-Match", created.header("ETag"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("capacity").asInt()).isEqualTo(6);
        assertThat(changed.header("ETag")).isNotEqualTo(created.header("ETag"));

        cohort.put("endDate", "2029-03-01");
        ApiClient.Answer invalid = api.send("PUT", path, owner, cohort, "If-Match", changed.header("ETag"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("endDate");

        ApiClient.Answer cancelled = api.send("DELETE", path, owner, null, "If-Match", changed.header("ETag"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void aPersonIsEnrolledAndWithdrawn() {
        long cohortId = api.send("POST", "/api/v1/cohorts", owner, cohort()).json().get("id").asLong();
        FreshPeople.Fresh person = freshPeople.create("API 留学生", Locale.JAPANESE, ZoneId.of("Asia/Tokyo"), Role.PARTICIPANT);
        Map<String, Object> enrollment = new LinkedHashMap<>();
        enrollment.put("personId", person.personId());
        enrollment.put("cohortId", cohortId);
        enrollment.put("primaryMentorId", fixtures.personId(DemoPeople.MENTOR));

        ApiClient.Answer created = api.send("POST", "/api/v1/enrollments", owner, enrollment);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode planned = created.json();
        assertThat(planned.get("status").asString()).isEqualTo("PLANNED");
        String status = "/api/v1/enrollments/" + planned.get("id").asLong() + "/status";

        assertThat(api.send("POST", status, owner, Map.of("to", "PLANNED"), "If-Match", created.header("ETag")).status())
                .isEqualTo(400);
        ApiClient.Answer withdrawn = api.send("POST", status, owner, Map.of("to", "WITHDRAWN", "reason", "異動のため"),
                "If-Match", created.header("ETag"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().get("withdrawalReason").asString()).isEqualTo("異動のため");
        assertThat(api.get("/api/v1/cohorts/" + cohortId + "/enrollments", owner).json().get("total").asLong()).isEqualTo(1);
    }
}
