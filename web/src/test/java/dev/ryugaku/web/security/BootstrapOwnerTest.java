package dev.ryugaku.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.people.AccountLookup;
import dev.ryugaku.core.people.BootstrapOwner;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.RyugakuApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Outside demo mode there is no default account: the only way in is the owner created from
 * RYUGAKU_BOOTSTRAP_OWNER_EMAIL / _PASSWORD on first start. Runs on a database of its own.
 */
@SpringBootTest(classes = RyugakuApplication.class, properties = {
        "ryugaku.demo-data=false",
        "ryugaku.embedded-db.database=ryugaku_bootstrap_test",
        "ryugaku.bootstrap-owner.email=Head.Of.SRE@Example.com",
        "ryugaku.bootstrap-owner.password=correct horse battery"})
@ActiveProfiles("test")
class BootstrapOwnerTest {

    @Autowired
    PersonRepository people;

    @Autowired
    AccountLookup accounts;

    @Autowired
    BootstrapOwner bootstrapOwner;

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeAll
    static void onlyOnTheEmbeddedDatabase() {
        Assumptions.assumeTrue(System.getenv("RYUGAKU_TEST_DB_URL") == null,
                "needs an empty database of its own, which only the embedded server provides");
    }

    @Test
    void theConfiguredOwnerIsTheOnlyAccount() {
        assertThat(people.count()).isEqualTo(1);
        Person owner = accounts.findBySignInName("head.of.sre@example.com").orElseThrow();
        assertThat(owner.getRoles()).containsExactly(Role.PROGRAM_OWNER);
        assertThat(passwordEncoder.matches("correct horse battery", owner.getPasswordHash())).isTrue();
    }

    @Test
    void thereAreNoDemoAccounts() {
        assertThat(accounts.findBySignInName("owner")).isEmpty();
        assertThat(accounts.findBySignInName("participant")).isEmpty();
    }

    @Test
    void aSecondStartCreatesNoSecondOwner() {
        assertThat(bootstrapOwner.createIfNoOwner("another@example.com", "a different long passphrase")).isEmpty();
        assertThat(people.count()).isEqualTo(1);
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefused() {
        assertThatThrownBy(() -> bootstrapOwner.createIfNoOwner("first@example.com", "short-pw123"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("12");
        assertThatThrownBy(() -> bootstrapOwner.createIfNoOwner("not-an-address", "a long enough password"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(bootstrapOwner.createIfNoOwner("first@example.com", "twelve chars")).isEmpty();
    }

    @Test
    void aCommonPasswordOrOneContainingTheAddressIsRefused() {
        assertThatThrownBy(() -> bootstrapOwner.createIfNoOwner("first@example.com", "1qaz2wsx3edc"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COMMON");
        assertThatThrownBy(() -> bootstrapOwner.createIfNoOwner("lisa.tanaka@example.com", "I am Lisa.Tanaka, 2026"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CONTAINS_NAME");
    }
}
