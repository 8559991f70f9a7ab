package dev.ryugaku.web.security;

import static dev.ryugaku.web.TestIdentityProvider.signInOverHttp;
import static dev.ryugaku.web.TestIdentityProvider.verified;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.SsoTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Single sign-on through a real provider, over HTTP as a browser does it, with local passwords
 * switched off: the app's answers, what it creates, and what it counts.
 */
@SsoTest
class SingleSignOnOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonRepository people;
    @Autowired
    MeterRegistry meters;

    @Test
    void knownPersonSignsInAndIsCounted() {
        double before = signIns("success");

        String landing = signInOverHttp(port, "owner-subject", verified("owner@ryugaku.example"));

        assertThat(URI.create(landing).getPath()).isEqualTo("/");
        assertThat(signIns("success")).isEqualTo(before + 1);
    }

    @Test
    void addressOutsideTheAllowedDomainsLandsOnTheRefusalPageAndIsCounted() {
        double before = signIns("refused");
        String email = "visitor-" + UUID.randomUUID() + "@elsewhere.example";

        String landing = signInOverHttp(port, "visitor", verified(email));

        assertThat(landing).endsWith("/login/refused?reason=OTHER_DOMAIN");
        assertThat(people.findByEmail(email)).isEmpty();
        assertThat(signIns("refused")).isEqualTo(before + 1);
    }

    @Test
    void unverifiedAddressLandsOnTheRefusalPage() {
        String landing = signInOverHttp(port, "owner-subject",
                "{\"email\": \"owner@ryugaku.example\", \"email_verified\": false}");

        assertThat(landing).endsWith("/login/refused?reason=UNVERIFIED_EMAIL");
    }

    @Test
    void deactivatedPersonLandsOnTheRefusalPage() {
        Person person = person("left", Set.of(Role.PARTICIPANT));
        person.deactivate();
        people.save(person);

        assertThat(signInOverHttp(port, "left", verified(person.getEmail()))).endsWith("/login/refused?reason=DEACTIVATED");
    }

    @Test
    void newAddressOfAnAllowedDomainGetsAnAccountWithoutRoles() {
        String email = "newcomer-" + UUID.randomUUID() + "@jit.example";

        String landing = signInOverHttp(port, "newcomer", verified(email));

        assertThat(URI.create(landing).getPath()).isEqualTo("/");
        assertThat(people.findByEmail(email)).hasValueSatisfying(created -> assertThat(created.getRoles()).isEmpty());
    }

    @Test
    void providerGroupsDecideTheRoles() {
        Person person = person("grouped", Set.of(Role.PARTICIPANT));

        signInOverHttp(port, "grouped", "{\"email\": \"" + person.getEmail()
                + "\", \"email_verified\": true, \"groups\": [\"sre\", \"payments\"]}");

        assertThat(people.findWithRolesById(person.getId()).orElseThrow().getRoles()).containsExactly(Role.MENTOR);
    }

    @Test
    void passwordsPostedToTheSignInAddressAreRefusedWhenLocalSignInIsOff() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=owner&password=ryugaku-demo"))
                .build();

        HttpResponse<String> response = client.send(post, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("Password sign-in is switched off.");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    private Person person(String prefix, Set<Role> roles) {
        String email = prefix + "-" + UUID.randomUUID() + "@jit.example";
        return people.save(new Person(prefix, email, email, Locale.JAPANESE, Person.DEFAULT_ZONE, roles, null));
    }

    private double signIns(String outcome) {
        return meters.get("ryugaku.sign.ins").tag("method", "sso").tag("outcome", outcome).counter().count();
    }
}
