package dev.ryugaku.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.people.ProviderIdentity;
import dev.ryugaku.core.people.SignOnPolicy;
import dev.ryugaku.core.people.SignOnRefusal;
import dev.ryugaku.core.people.SignOnResult;
import dev.ryugaku.core.people.SingleSignOnAccounts;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.RyugakuTest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Who single sign-on lets in, decided on the identity the provider vouches for and the configured
 * policy (the policy is an argument, so each case needs no context of its own).
 */
@RyugakuTest
class SingleSignOnAccountsTest {

    private static final SignOnPolicy ANY_DOMAIN = new SignOnPolicy(Set.of(), false);
    private static final SignOnPolicy COMPANY_ONLY = new SignOnPolicy(Set.of("company.example"), false);
    private static final SignOnPolicy CREATE_FOR_COMPANY = new SignOnPolicy(Set.of("company.example"), true);

    @Autowired
    SingleSignOnAccounts accounts;
    @Autowired
    PersonRepository people;
    @Autowired
    ApplicationContext context;

    @Test
    void verifiedAddressOfAnActivePersonSignsInAsThatPerson() {
        SignOnResult result = accounts.signOn(verified("Owner@Ryugaku.example"), ANY_DOMAIN);

        assertThat(result).isInstanceOfSatisfying(SignOnResult.SignedOn.class, signedOn -> {
            assertThat(signedOn.person().getLoginName()).isEqualTo("owner");
            assertThat(signedOn.person().getRoles()).contains(Role.PROGRAM_OWNER);
            assertThat(signedOn.created()).isFalse();
        });
    }

    @Test
    void unknownAddressIsRefusedAndNothingIsCreated() {
        long before = people.count();
        String unknown = "nobody-" + UUID.randomUUID() + "@company.example";

        assertThat(accounts.signOn(verified(unknown), COMPANY_ONLY)).isEqualTo(refused(SignOnRefusal.UNKNOWN_PERSON));
        assertThat(people.findByEmail(unknown)).isEmpty();
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void unverifiedAddressIsRefusedEvenForAKnownPerson() {
        ProviderIdentity unverified = ProviderIdentity.withoutGroups("sub", "owner@ryugaku.example", false, "Owner");

        assertThat(accounts.signOn(unverified, ANY_DOMAIN)).isEqualTo(refused(SignOnRefusal.UNVERIFIED_EMAIL));
    }

    @Test
    void identityWithoutAddressIsRefused() {
        ProviderIdentity noEmail = ProviderIdentity.withoutGroups("sub", null, true, "Someone");

        assertThat(accounts.signOn(noEmail, ANY_DOMAIN)).isEqualTo(refused(SignOnRefusal.NO_EMAIL));
    }

    @Test
    void addressOutsideTheAllowedDomainsIsRefusedEvenForAKnownPerson() {
        assertThat(accounts.signOn(verified("owner@ryugaku.example"), COMPANY_ONLY))
                .isEqualTo(refused(SignOnRefusal.OTHER_DOMAIN));
    }

    @Test
    void deactivatedPersonIsRefused() {
        Person person = person("gone", Set.of(Role.PARTICIPANT));
        person.deactivate();
        people.save(person);

        assertThat(accounts.signOn(verified(person.getEmail()), COMPANY_ONLY)).isEqualTo(refused(SignOnRefusal.DEACTIVATED));
    }

    @Test
    void justInTimeCreatesAPersonWithoutRolesInAnAllowedDomain() {
        String email = "new-" + UUID.randomUUID() + "@company.example";
        ProviderIdentity identity = ProviderIdentity.withoutGroups("sub-new", email, true, "新人 太郎");

        SignOnResult result = accounts.signOn(identity, CREATE_FOR_COMPANY);

        assertThat(result).isInstanceOfSatisfying(SignOnResult.SignedOn.class, signedOn -> assertThat(signedOn.created()).isTrue());
        Person created = people.findByEmail(email).orElseThrow();
        assertThat(created.getDisplayName()).isEqualTo("新人 太郎");
        assertThat(created.getLoginName()).isEqualTo(email);
        assertThat(created.getRoles()).isEmpty();
        assertThat(created.getPasswordHash()).isNull();
    }

    @Test
    void justInTimeCreationNeedsAllowedDomains() {
        String email = "stranger-" + UUID.randomUUID() + "@anywhere.example";

        assertThat(accounts.signOn(verified(email), new SignOnPolicy(Set.of(), true)))
                .isEqualTo(refused(SignOnRefusal.UNKNOWN_PERSON));
        assertThat(people.findByEmail(email)).isEmpty();
    }

    @Test
    void justInTimeNeverCreatesOutsideTheAllowedDomains() {
        String email = "stranger-" + UUID.randomUUID() + "@anywhere.example";

        assertThat(accounts.signOn(verified(email), CREATE_FOR_COMPANY)).isEqualTo(refused(SignOnRefusal.OTHER_DOMAIN));
        assertThat(people.findByEmail(email)).isEmpty();
    }

    @Test
    void providerGroupsSetTheRolesAtEachSignOn() {
        Person person = person("grouped", Set.of(Role.MENTOR));
        ProviderIdentity identity = new ProviderIdentity("sub", person.getEmail(), true, "x",
                Optional.of(Set.of(Role.PARTICIPANT, Role.PROGRAM_OWNER)));

        accounts.signOn(identity, COMPANY_ONLY);

        assertThat(people.findWithRolesById(person.getId()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.PARTICIPANT, Role.PROGRAM_OWNER);
    }

    @Test
    void rolesStayWhenTheProviderSendsNoGroups() {
        Person person = person("ungrouped", Set.of(Role.MENTOR));

        accounts.signOn(verified(person.getEmail()), COMPANY_ONLY);

        assertThat(people.findWithRolesById(person.getId()).orElseThrow().getRoles()).containsExactly(Role.MENTOR);
    }

    @Test
    void withoutAnIssuerThereIsNoOAuth2ClientAtAll() {
        assertThat(context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable()).isNull();
        assertThat(context.getBeanProvider(SingleSignOn.class).getIfAvailable()).isNull();
    }

    private Person person(String prefix, Set<Role> roles) {
        String email = prefix + "-" + UUID.randomUUID() + "@company.example";
        return people.save(new Person(prefix, email, email, Locale.JAPANESE, Person.DEFAULT_ZONE, roles, null));
    }

    private static ProviderIdentity verified(String email) {
        return ProviderIdentity.withoutGroups("sub-" + email, email, true, null);
    }

    private static SignOnResult refused(SignOnRefusal reason) {
        return new SignOnResult.Refused(reason);
    }
}
