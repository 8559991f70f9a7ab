package dev.ryugaku.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.RyugakuTest;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An HR system keeps people and teams in step: a bulk upsert by e-mail, all or nothing with each bad
 * row's problems; single people created, changed by version and deactivated (their tokens stop);
 * teams created and renamed. Program owners only.
 */
@RyugakuTest
class ApiPeopleTest {

    @Autowired
    ApiClient api;
    @Autowired
    FreshPeople freshPeople;

    private String owner;

    @BeforeEach
    void anOwnersToken() {
        owner = api.token(DemoPeople.OWNER, true);
    }

    private static Map<String, Object> row(String email, String name, String team, String... roles) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("email", email);
        row.put("displayName", name);
        row.put("locale", "en");
        row.put("zone", "Europe/Berlin");
        row.put("roles", List.of(roles));
        row.put("homeTeam", team);
        return row;
    }

    private static String address() {
        return "hr-" + UUID.randomUUID() + "@example.com";
    }

    private JsonNode search(String text) {
        return api.get("/api/v1/people?q=" + text, owner).json();
    }

    @Test
    void theHrSystemCreatesAndUpdatesPeopleByEmail() {
        FreshPeople.Fresh known = freshPeople.create("旧姓 太郎", Locale.JAPANESE, ZoneId.of("Asia/Tokyo"), Role.PARTICIPANT);
        String newcomer = address();
        String team = api.get("/api/v1/teams?size=200", owner).json().get("items").get(0).get("name").asString();

        ApiClient.Answer synced = api.send("PUT", "/api/v1/people", owner, List.of(
                row(newcomer, "New Person", team, "PARTICIPANT"),
                row(known.email().toUpperCase(Locale.ROOT), "新姓 太郎", null, "PARTICIPANT", "MENTOR")));

        assertThat(synced.status()).as(synced.toString()).isEqualTo(200);
        assertThat(synced.json().get(0).get("created").asBoolean()).isTrue();
        assertThat(synced.json().get(1).get("created").asBoolean()).isFalse();
        assertThat(synced.json().get(1).get("personId").asLong()).isEqualTo(known.personId());
        JsonNode updated = api.get("/api/v1/people/" + known.personId(), owner).json();
        assertThat(updated.get("draft").get("displayName").asString()).isEqualTo("新姓 太郎");
        assertThat(updated.get("draft").get("roles").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("PARTICIPANT", "MENTOR");
        JsonNode created = api.get("/api/v1/people/" + synced.json().get(0).get("personId").asLong(), owner).json();
        assertThat(created.get("draft").get("zone").asString()).isEqualTo("Europe/Berlin");
        assertThat(created.get("draft").get("homeTeamId").isNull()).isFalse();
    }

    @Test
    void oneBadRowSavesNothingAndEachBadRowIsNamed() {
        String fine = address();
        String twice = address();

        ApiClient.Answer refused = api.send(api.request("/api/v1/people", owner).header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(List.of(
                        row(fine, "Fine", null, "PARTICIPANT"),
                        row("not an address", "", "No Such Team", "PARTICIPANT"),
                        row(twice, "Once", null, "PARTICIPANT"),
                        row(twice, "Twice", null, "PARTICIPANT"))))));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        List<String> errors = refused.json().get("errors").valueStream()
                .map(e -> e.get("row").asInt() + ":" + e.get("field").asString() + ":" + e.get("code").asString()).toList();
        assertThat(errors).contains("1:email:person.problem.EMAIL_INVALID", "1:homeTeam:person.problem.TEAM_UNKNOWN",
                "3:email:person.problem.EMAIL_TWICE_IN_FILE").noneMatch(e -> e.startsWith("0:") || e.startsWith("2:"));
        assertThat(search(fine).get("total").asLong()).as("nothing saved").isZero();
    }

    @Test
    void aPersonIsCreatedChangedByVersionAndDeactivatedWhichStopsTheirTokens() {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("displayName", "API 花子");
        draft.put("email", address());
        draft.put("roles", List.of("PARTICIPANT"));
        ApiClient.Answer created = api.send("POST", "/api/v1/people", owner, draft);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = "/api/v1/people/" + created.json().get("id").asLong();
        assertThat(created.toString()).doesNotContain("token");

        draft.put("displayName", "API 花子 (改)");
        assertThat(api.send("PUT", path, owner, draft).status()).isEqualTo(428);
        assertThat(api.send("PUT", path, owner, draft, "If-Match", "\"9\"").status()).isEqualTo(412);
        ApiClient.Answer updated = api.send("PUT", path, owner, draft, "If-Match", created.header("ETag"));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);

        FreshPeople.Fresh leaving = freshPeople.create("退職 次郎", Locale.JAPANESE, ZoneId.of("Asia/Tokyo"), Role.MENTOR);
        String theirToken = api.token(leaving.email(), false);
        assertThat(api.get("/api/v1/cohorts", theirToken).status()).isEqualTo(200);
        String leavingPath = "/api/v1/people/" + leaving.personId();
        ApiClient.Answer deactivated = api.send("DELETE", leavingPath, owner, null,
                "If-Match", api.get(leavingPath, owner).header("ETag"));
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/cohorts", theirToken).status()).isEqualTo(401);
    }

    @Test
    void teamsAreCreatedAndRenamedByVersion() {
        String name = "HR チーム " + UUID.randomUUID().toString().substring(0, 6);
        ApiClient.Answer created = api.send("POST", "/api/v1/teams", owner, Map.of("name", name, "kind", "PRODUCT"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = "/api/v1/teams/" + created.json().get("id").asLong();

        assertThat(api.send("PUT", path, owner, Map.of("name", name + " 改", "kind", "PRODUCT"), "If-Match", "\"3\"").status())
                .isEqualTo(412);
        assertThat(api.send("PUT", path, owner, Map.of("name", name + " 改", "kind", "PRODUCT"), "If-Match", "\"0\"").status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/teams?size=200", owner).json().get("items").valueStream()
                .map(t -> t.get("name").asString()).toList()).contains(name + " 改");
    }

    @Test
    void peopleAndTeamsAreForOwnersOnly() {
        String mentor = api.token(DemoPeople.MENTOR, true);
        assertThat(api.get("/api/v1/people", mentor).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/teams", mentor).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/people", mentor, List.of(row(address(), "x", null))).status()).isEqualTo(403);
    }
}
