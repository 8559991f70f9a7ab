package dev.ryugaku.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.api.AccessTokens;
import dev.ryugaku.core.api.NewAccessToken;
import dev.ryugaku.core.audit.AuditEntry;
import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A bot logs on-call minutes with its participant's token: the entry is the participant's, the
 * week's rules are the UI's (field errors in the caller's language), updates and deletes name the
 * version they read (412 stale, 428 missing), and each write is audited with the token's name.
 */
@RyugakuTest
class ApiWorkLogTest {

    @Autowired
    ApiClient api;
    @Autowired
    FreshRotations rotations;
    @Autowired
    AuditLog auditLog;
    @Autowired
    SignIn signIn;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private FreshRotations.Fresh rotation;
    private NewAccessToken bot;

    @BeforeEach
    void aParticipantWithATokenThatWrites() {
        rotation = rotations.active(today.minusDays(14), today.plusDays(60));
        SignIn.out();
        bot = api.create(rotation.login(), true);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private String entries() {
        return "/api/v1/enrollments/" + rotation.enrollmentId() + "/work-log";
    }

    private static Map<String, Object> onCall(LocalDate date, int minutes) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("date", date.toString());
        entry.put("minutes", minutes);
        entry.put("category", "ON_CALL");
        entry.put("toil", true);
        entry.put("incidentRole", "SHADOW");
        entry.put("note", "PagerDuty #4711 夜間オンコール 🚨");
        return entry;
    }

    @Test
    void aBotLogsOnCallMinutesAndChangesAndDeletesThemByVersion() {
        assertThat(api.get("/api/v1/enrollments/mine", bot.secret()).json().valueStream().map(e -> e.get("id").asLong()).toList())
                .as("where the bot finds its rotation").containsExactly(rotation.enrollmentId());
        ApiClient.Answer created = api.send("POST", entries(), bot.secret(), onCall(today, 45));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode entry = created.json();
        long id = entry.get("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/v1/work-log/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(entry.get("date").asString()).isEqualTo(today.toString());
        assertThat(entry.get("minutes").asInt()).isEqualTo(45);
        assertThat(entry.get("note").asString()).isEqualTo("PagerDuty #4711 夜間オンコール 🚨");

        JsonNode week = api.get(entries() + "?week=" + today, bot.secret()).json();
        assertThat(week.valueStream().map(e -> e.get("id").asLong()).toList()).containsExactly(id);
        JsonNode range = api.get(entries() + "?from=" + today.minusDays(14) + "&to=" + today, bot.secret()).json();
        assertThat(range.valueStream().map(e -> e.get("id").asLong()).toList()).containsExactly(id);

        String path = "/api/v1/work-log/" + id;
        assertThat(api.send("PUT", path, bot.secret(), onCall(today, 60)).status()).as("no If-Match").isEqualTo(428);
        assertThat(api.send("PUT", path, bot.secret(), onCall(today, 60), "If-Match", "\"7\"").status()).as("stale").isEqualTo(412);
        ApiClient.Answer updated = api.send("PUT", path, bot.secret(), onCall(today, 60), "If-Match", "\"0\"");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("minutes").asInt()).isEqualTo(60);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.send("PUT", path, bot.secret(), onCall(today, 90), "If-Match", "\"0\"").status())
                .as("the version before the update is stale now").isEqualTo(412);

        assertThat(api.send("DELETE", path, bot.secret(), null).status()).isEqualTo(428);
        assertThat(api.send("DELETE", path, bot.secret(), null, "If-Match", "\"1\"").status()).isEqualTo(204);
        assertThat(api.get(path, bot.secret()).status()).isEqualTo(404);

        signIn.as(DemoPeople.OWNER);
        List<AuditEntry> history = auditLog.history(AccessTokens.RECORD_TYPE, bot.token().id());
        assertThat(history).filteredOn(e -> e.action().equals("API_WRITE")).hasSize(3)
                .allSatisfy(e -> assertThat(e.changes()).anySatisfy(change -> {
                    assertThat(change.field()).isEqualTo("token");
                    assertThat(change.after()).isEqualTo(bot.token().name());
                }));
    }

    @Test
    void brokenRulesAnswer422WithFieldErrorsInTheCallersLanguage() {
        Map<String, Object> tooLong = onCall(today.plusDays(1), 0);

        ApiClient.Answer japanese = api.send(api.request(entries(), bot.secret()).header("Accept-Language", "ja-JP")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(tooLong))));
        ApiClient.Answer english = api.send(api.request(entries(), bot.secret()).header("Accept-Language", "en-US")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(tooLong))));

        assertThat(japanese.status()).isEqualTo(422);
        assertThat(japanese.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fieldMessages(japanese)).containsEntry("minutes", "1～1440分の範囲で入力してください。")
                .containsKey("date");
        assertThat(fieldMessages(english)).containsEntry("minutes", "Enter 1 to 1440 minutes.");
        assertThat(api.get(entries() + "?week=" + today, bot.secret()).json().isEmpty()).as("nothing was saved").isTrue();
    }

    private static Map<String, String> fieldMessages(ApiClient.Answer answer) {
        Map<String, String> messages = new LinkedHashMap<>();
        answer.json().get("errors").forEach(error -> messages.put(error.get("field").asString(), error.get("message").asString()));
        return messages;
    }
}
