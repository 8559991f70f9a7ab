package dev.ryugaku.web.api;

import dev.ryugaku.core.api.AccessTokenDraft;
import dev.ryugaku.core.api.AccessTokens;
import dev.ryugaku.core.api.NewAccessToken;
import dev.ryugaku.web.SignIn;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running app's API over HTTP with access tokens made for demo or fresh people. */
@Component
@Lazy
public class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final AccessTokens tokens;
    private final SignIn signIn;
    private final int port;

    ApiClient(AccessTokens tokens, SignIn signIn, @Value("${local.server.port}") int port) {
        this.tokens = tokens;
        this.signIn = signIn;
        this.port = port;
    }

    /** A new token of the person (signed in for it, then signed out); its secret. */
    public String token(String login, boolean write) {
        return create(login, write).secret();
    }

    /** {@link #token} with its row. */
    public NewAccessToken create(String login, boolean write) {
        signIn.as(login);
        try {
            AccessTokenDraft draft = new AccessTokenDraft();
            draft.setName("test " + UUID.randomUUID().toString().substring(0, 8));
            draft.setWrite(write);
            draft.setExpiresOn(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30));
            return tokens.create(draft);
        } finally {
            SignIn.out();
        }
    }

    public Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Answer send(String method, String path, String token, Object body, String... headers) {
        HttpRequest.Builder request = request(path, token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, headers, and the body as JSON. */
    public record Answer(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
