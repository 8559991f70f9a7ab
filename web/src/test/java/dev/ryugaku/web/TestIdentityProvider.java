package dev.ryugaku.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect provider inside the test JVM (mock-oauth2-server), started once, before
 * the single sign-on context, on a free port. Its sign-in page takes any user name and the claims
 * to put into the ID token as JSON, as a person would type them.
 */
public final class TestIdentityProvider {

    private static final String ISSUER_ID = "ryugaku";
    private static MockOAuth2Server server;

    private TestIdentityProvider() {
    }

    static synchronized String issuer() {
        if (server == null) {
            server = new MockOAuth2Server(new OAuth2Config(true));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /** Puts the provider's issuer into the context's settings before it starts. */
    static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("ryugaku.oidc.issuer-uri=" + issuer()).applyTo(context);
        }
    }

    /** A signed JWT of the provider for the audience, as an API client would get one (decision 0029). */
    public static String accessToken(String subject, String audience, Map<String, Object> claims) {
        issuer();
        return server.issueToken(ISSUER_ID, subject, audience, claims).serialize();
    }

    /** The ID-token claims of a person whose address the provider has verified. */
    public static String verified(String email) {
        return "{\"email\": \"" + email + "\", \"email_verified\": true}";
    }

    /**
     * Signs in through the provider the way a browser does, over HTTP: the app's sign-in address,
     * the provider's sign-in form, the app's callback.
     *
     * @return where the app sends the browser after its callback
     */
    public static String signInOverHttp(int appPort, String subject, String claimsJson) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String toProvider = location(send(browser, get("http://localhost:" + appPort + "/oauth2/authorization/oidc")));
        String toCallback = location(send(browser, HttpRequest.newBuilder(URI.create(toProvider))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", subject, "claims", claimsJson))))
                .build()));
        return location(send(browser, get(toCallback)));
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("expected a redirect, got " + response.statusCode() + ": " + response.body()));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
