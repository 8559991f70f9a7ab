package dev.ryugaku.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.ryugaku.core.audit.AuditEntry;
import dev.ryugaku.core.audit.AuditEventRepository;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.RyugakuTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ui.DefaultLoginPageGeneratingFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The sign-in form as a script would hit it: POSTs through the real security filter chain. Each test
 * comes from its own documentation address (RFC 5737), so the per-address count stays its own.
 */
@RyugakuTest
class SignInThrottlingOverHttpTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    WebApplicationContext context;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    PersonRepository people;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    MeterRegistry meters;

    private MockMvc http;
    private String address;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        address = "198.51.100." + ADDRESSES.getAndIncrement();
    }

    @Test
    void twentyWrongPasswordsLockTheAccountAndThenTheRightOneIsRefused() throws Exception {
        FreshPeople.Fresh person = personWithPassword(passwordEncoder.encode(PASSWORD));
        double lockedBefore = count("locked");

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn(person.email(), "wrong-" + attempt)).as("attempt %d", attempt).isEqualTo("/login?error");
        }
        for (int attempt = 5; attempt <= 20; attempt++) {
            assertThat(signIn(person.email(), "wrong-" + attempt)).as("attempt %d", attempt).isEqualTo("/login?error=locked");
        }
        assertThat(signIn(person.email(), PASSWORD)).isEqualTo("/login?error=locked");

        assertThat(count("locked") - lockedBefore).isEqualTo(16);
        assertThat(auditEvents.findHistory(PersonService.RECORD_TYPE, person.personId())).extracting(AuditEntry::action)
                .contains("SIGN_IN_FAILED", "SIGN_IN_LOCKED");
    }

    @Test
    void anUnknownNameIsAnsweredExactlyLikeAnExistingAccount() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn(nobody, "wrong")).isEqualTo("/login?error");
        }
        assertThat(signIn(nobody, "wrong")).isEqualTo("/login?error=locked");
        assertThat(signIn(nobody, "wrong")).isEqualTo("/login?error=locked");
        assertThat(people.findByEmail(nobody)).isEmpty();
    }

    @Test
    void anAddressTryingManyAccountsIsLockedForEveryone() throws Exception {
        FreshPeople.Fresh person = personWithPassword(passwordEncoder.encode(PASSWORD));
        for (int attempt = 1; attempt <= 30; attempt++) {
            signIn("sprayed-" + attempt + "-" + UUID.randomUUID() + "@example.com", "Password1!");
        }
        assertThat(signIn(person.email(), PASSWORD)).isEqualTo("/login?error=locked");
    }

    @Test
    void theRightPasswordSignsInAndAnOldBcryptHashIsReplacedByArgon2id() throws Exception {
        FreshPeople.Fresh person = personWithPassword("{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
        double successesBefore = count("success");

        assertThat(signIn(person.email(), PASSWORD)).doesNotContain("login");

        assertThat(freshPeople.passwordHashOf(person)).startsWith("{argon2@");
        assertThat(passwordEncoder.matches(PASSWORD, freshPeople.passwordHashOf(person))).isTrue();
        assertThat(count("success") - successesBefore).isEqualTo(1);
    }

    @Test
    void theSignInPageStaysVaadinsNotSpringSecuritysGeneratedOne(@Autowired FilterChainProxy filters) {
        assertThat(filters.getFilterChains()).flatExtracting(SecurityFilterChain::getFilters)
                .noneMatch(DefaultLoginPageGeneratingFilter.class::isInstance);
    }

    /** Where the sign-in POST sends the browser next. */
    private String signIn(String name, String password) throws Exception {
        return http.perform(post("/login").param("username", name).param("password", password).with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private FreshPeople.Fresh personWithPassword(String hash) {
        return freshPeople.withPassword("ロック 確認", hash, Role.PARTICIPANT);
    }

    private double count(String outcome) {
        return meters.get("ryugaku.sign.ins").tag("method", "password").tag("outcome", outcome).counter().count();
    }
}
