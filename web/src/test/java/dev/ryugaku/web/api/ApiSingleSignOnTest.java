package dev.ryugaku.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.SsoTest;
import dev.ryugaku.web.TestIdentityProvider;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With single sign-on configured, the provider's JWTs issued for this app call the API as the
 * person with their e-mail address; JWTs for another audience, of unknown people or unverified
 * addresses are refused, and access tokens keep working beside them.
 */
@SsoTest
class ApiSingleSignOnTest {

    @Autowired
    ApiClient api;
    @Autowired
    PersonRepository people;
    @Autowired
    AuditLog auditLog;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private String ownerEmail() {
        return people.findByLoginName(DemoPeople.OWNER).orElseThrow().getEmail();
    }

    private static String jwt(String audience, Map<String, Object> claims) {
        return TestIdentityProvider.accessToken("subject-" + UUID.randomUUID(), audience, claims);
    }

    @Test
    void aJwtForThisAppActsAsThePersonWithItsAddress() {
        String owner = jwt("ryugaku-test", Map.of("email", ownerEmail(), "email_verified", true));

        assertThat(api.get("/api/v1/people?size=1", owner).status()).isEqualTo(200);
        ApiClient.Answer created = api.send("POST", "/api/v1/teams", owner,
                Map.of("name", "SSO チーム " + UUID.randomUUID().toString().substring(0, 6), "kind", "PRODUCT"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        signIn.as(DemoPeople.OWNER);
        long ownerId = people.findByLoginName(DemoPeople.OWNER).orElseThrow().getId();
        assertThat(auditLog.history(PersonService.RECORD_TYPE, ownerId)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("API_WRITE");
            assertThat(entry.changes()).anySatisfy(change -> assertThat(change.after()).isEqualTo("single sign-on"));
        });
    }

    @Test
    void otherAudiencesUnknownPeopleAndUnverifiedAddressesAreRefused() {
        assertThat(api.get("/api/v1/cohorts", jwt("another-app", Map.of("email", ownerEmail()))).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/cohorts", jwt("ryugaku-test", Map.of("email", "nobody@ryugaku.example"))).status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/cohorts", jwt("ryugaku-test", Map.of("email", ownerEmail(), "email_verified", false)))
                .status()).isEqualTo(401);
        assertThat(api.get("/api/v1/cohorts", "not.a.jwt").status()).isEqualTo(401);
    }

    @Test
    void accessTokensWorkBesideJwts() {
        assertThat(api.get("/api/v1/cohorts", api.token(DemoPeople.PARTICIPANT, false)).status()).isEqualTo(200);
    }
}
