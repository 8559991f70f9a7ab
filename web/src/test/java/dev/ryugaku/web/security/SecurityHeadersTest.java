package dev.ryugaku.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.core.checkin.calendar.CalendarFeeds;
import dev.ryugaku.web.DemoPeople;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The security headers come with every response over real HTTP — pages, Vaadin's own requests,
 * static files, the calendar feed, the probes — and behind a TLS proxy the session cookie is
 * Secure and HSTS is sent. Unknown addresses answer with the app's own not-found page.
 */
@RyugakuTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    SignIn signIn;

    @Autowired
    FilterChainProxy filterChain;

    private final HttpClient anonymous = client();

    private static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private HttpResponse<String> get(HttpClient http, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser-like client signed in through the login form. */
    private HttpClient signedIn(String login) throws Exception {
        HttpClient http = client();
        get(http, "/login");
        String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=ryugaku-demo";
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as("signed in").isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return http;
    }

    private static void assertHardened(HttpResponse<String> response) {
        String what = response.request().uri().getPath();
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(what).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'none'", "form-action 'self'");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(response.headers().firstValue("Permissions-Policy").orElse("")).as(what)
                .contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
    }

    @Test
    void pagesProbesStaticFilesAndErrorsCarryTheSecurityHeaders() throws Exception {
        for (String path : List.of("/login", "/cohorts", "/actuator/health", "/actuator/prometheus", "/styles.css",
                "/webjars/chart.js/dist/chart.umd.min.js", "/calendar/not-a-token.ics", "/dashbord")) {
            assertHardened(get(anonymous, path));
        }
    }

    @Test
    void aSignedInPageTheCalendarFeedAndVaadinsRequestsCarryTheSecurityHeaders() throws Exception {
        signIn.as(DemoPeople.PARTICIPANT);
        String token = feeds.create();
        SignIn.out();
        HttpResponse<String> feed = get(anonymous, "/calendar/" + token + ".ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertHardened(feed);

        HttpClient owner = signedIn(DemoPeople.OWNER);
        HttpResponse<String> page = get(owner, "/cohorts");
        assertThat(page.statusCode()).isEqualTo(200);
        assertHardened(page);
        assertHardened(get(owner, "/?v-r=init&location=cohorts"));
    }

    @Test
    void theAbsoluteSessionLifetimeIsCheckedBeforeTheSignedInUserIsReadFromTheSession() {
        List<Class<?>> filters = filterChain.getFilters("/").stream().<Class<?>>map(Object::getClass).toList();
        assertThat(filters).contains(SessionLifetimeFilter.class);
        assertThat(filters.indexOf(SessionLifetimeFilter.class)).isLessThan(filters.indexOf(SecurityContextHolderFilter.class));
    }

    @Test
    void withoutTlsThereIsNoHstsAndTheCookieIsNotSecure() throws Exception {
        HttpResponse<String> response = get(client(), "/login");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> response = get(client(), "/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
        assertThat(response.headers().firstValue("Strict-Transport-Security").orElse(""))
                .contains("max-age=31536000", "includeSubDomains");
        assertThat(response.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertHardened(response);
    }

    @Test
    void aSignedInReaderOfAnUnknownAddressGetsTheAppsOwnNotFoundPage() throws Exception {
        HttpClient participant = signedIn(DemoPeople.PARTICIPANT);
        for (String path : List.of("/dashbord", "/cohorts/abc", "/dashboard")) {
            HttpResponse<String> page = get(participant, path);
            assertThat(page.statusCode()).as(path + "\n" + page.body()).isIn(200, 404);
            assertHardened(page);
            // the page starts Vaadin, which then renders the app's own not-found page (NotFoundPageTest,
            // SecurityHeadersJourneyIT); no bare 403 on the way
            HttpResponse<String> started = get(participant, "/?v-r=init&location=" + path.substring(1));
            assertThat(started.statusCode()).as(path).isEqualTo(200);
            assertThat(started.body()).as(path).contains("\"appConfig\"");
        }
    }

    @Test
    void anAnonymousReaderOfAnUnknownAddressIsAskedToSignInLikeForAnyPage() throws Exception {
        for (String path : List.of("/dashbord", "/cohorts/abc")) {
            HttpResponse<String> response = get(anonymous, path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
    }
}
