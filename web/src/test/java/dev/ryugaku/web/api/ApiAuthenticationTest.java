package dev.ryugaku.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.ryugaku.core.api.AccessTokens;
import dev.ryugaku.core.api.NewAccessToken;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.security.SecretTokens;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who gets into the API: a working access token only — not none, not an unknown, revoked or expired
 * one, and not a browser session. A read-only token may not write; a token that calls too often
 * waits (429, Retry-After). Refusals are problem details in the caller's language.
 */
@RyugakuTest
class ApiAuthenticationTest {

    @Autowired
    ApiClient api;
    @Autowired
    AccessTokens tokens;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    WebApplicationContext context;
    @Value("${ryugaku.api.requests-per-minute}")
    int perMinute;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void withoutATokenTheAnswerIs401AsAProblemInTheCallersLanguage() {
        ApiClient.Answer english = api.send(api.request("/api/v1/cohorts", null).header("Accept-Language", "en").GET());
        ApiClient.Answer japanese = api.send(api.request("/api/v1/cohorts", null).header("Accept-Language", "ja").GET());

        assertThat(english.status()).isEqualTo(401);
        assertThat(english.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(english.header("Content-Type")).startsWith("application/problem+json");
        assertThat(english.json().get("status").asInt()).isEqualTo(401);
        assertThat(english.json().get("detail").asString()).startsWith("An access token is needed");
        assertThat(japanese.json().get("detail").asString()).startsWith("アクセストークンが必要です");
    }

    @Test
    void unknownRevokedAndExpiredTokensAre401() {
        NewAccessToken revoked = api.create(DemoPeople.PARTICIPANT, false);
        signIn.as(DemoPeople.PARTICIPANT);
        tokens.revoke(revoked.token().id());
        SignIn.out();
        String expired = AccessTokens.PREFIX + SecretTokens.generate();
        Instant now = Instant.now();
        jdbc.update("insert into access_token (version, person_id, token_name, write_scope, secret_hash, created_at, expires_at)"
                        + " select 0, id, 'expired', true, ?, ?, ? from person where login_name = ?",
                SecretTokens.hash(expired), Timestamp.from(now.minus(40, ChronoUnit.DAYS)),
                Timestamp.from(now.minus(1, ChronoUnit.DAYS)), DemoPeople.PARTICIPANT);

        for (String token : new String[] {AccessTokens.PREFIX + SecretTokens.generate(), revoked.secret(), expired, "x".repeat(500)}) {
            ApiClient.Answer answer = api.get("/api/v1/cohorts", token);
            assertThat(answer.status()).as(token).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        }
        assertThat(api.get("/api/v1/cohorts", api.token(DemoPeople.PARTICIPANT, false)).status()).isEqualTo(200);
    }

    @Test
    void aReadOnlyTokenReadsButMayNotWrite() {
        String token = api.token(DemoPeople.OWNER, false);

        assertThat(api.get("/api/v1/cohorts", token).status()).isEqualTo(200);
        ApiClient.Answer write = api.send("POST", "/api/v1/cohorts", token, Map.of("name", "第99期"));

        assertThat(write.status()).isEqualTo(403);
        assertThat(write.header("WWW-Authenticate")).contains("insufficient_scope");
        assertThat(write.json().get("detail").asString()).isEqualTo("このトークンには書き込み権限がありません。");
    }

    @Test
    void aTokenThatCallsTooOftenWaitsWithRetryAfter() {
        String token = api.token(DemoPeople.MENTOR, false);
        for (int call = 1; call <= perMinute; call++) {
            assertThat(api.get("/api/v1/cohorts?size=1", token).status()).as("call %d", call).isEqualTo(200);
        }

        ApiClient.Answer refused = api.get("/api/v1/cohorts?size=1", token);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.json().get("status").asInt()).isEqualTo(429);
        assertThat(api.get("/api/v1/cohorts?size=1", api.token(DemoPeople.MENTOR, false)).status())
                .as("another token has its own allowance").isEqualTo(200);
    }

    @Test
    void aBrowserSessionAuthorisesNoApiCall() throws Exception {
        String password = "correct horse battery staple";
        FreshPeople.Fresh person = freshPeople.withPassword("セッション 次郎", passwordEncoder.encode(password), Role.PROGRAM_OWNER);
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        MvcResult signedIn = http.perform(post("/login").param("username", person.email()).param("password", password)
                .with(csrf())).andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain("error");
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);

        assertThat(http.perform(get("/api/v1/cohorts").session(session)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(http.perform(post("/api/v1/cohorts").session(session).with(csrf()).contentType("application/json")
                .content("{\"name\":\"第98期\"}")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void anUnknownAddressIsA404ProblemAndABadBodyA400() {
        String token = api.token(DemoPeople.OWNER, true);

        ApiClient.Answer unknown = api.get("/api/v1/no-such-thing", token);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.send("PATCH", "/api/v1/cohorts", token, Map.of()).status()).isEqualTo(404);
        ApiClient.Answer unreadable = api.send(api.request("/api/v1/tasks", token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{not json")));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreOpenAndNotVaadins() {
        ApiClient.Answer document = api.get("/api/v1/openapi.json", null);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("openapi").asString()).startsWith("3.1");
        assertThat(document.json().get("paths").has("/api/v1/cohorts")).isTrue();
        ApiClient.Answer docs = api.get("/api/docs", null);
        assertThat(docs.status()).isEqualTo(302);
        ApiClient.Answer swaggerUi = api.send(api.request(docs.header("Location"), null).header("Accept", "text/html").GET());
        assertThat(swaggerUi.status()).as(docs.header("Location")).isEqualTo(200);
        assertThat(swaggerUi.response().body()).contains("swagger-ui");
    }
}
