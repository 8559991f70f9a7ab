package dev.ryugaku.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.api.AccessTokenDraft;
import dev.ryugaku.core.api.AccessTokenProblem;
import dev.ryugaku.core.api.AccessTokenRow;
import dev.ryugaku.core.api.AccessTokens;
import dev.ryugaku.core.api.NewAccessToken;
import dev.ryugaku.core.api.TokenHolder;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.security.SecretTokens;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.shared.Violation;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal access tokens: shown once and stored as a hash, listed with their last use, revoked by
 * their person or a program owner (anyone else is told it does not exist), at most a year long, and
 * stopped when their person is deactivated.
 */
@RyugakuTest
class AccessTokensTest {

    @Autowired
    AccessTokens tokens;
    @Autowired
    SignIn signIn;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    PersonService people;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private FreshPeople.Fresh participant() {
        return freshPeople.create("トークン 花子", Locale.JAPANESE, ZoneId.of("Asia/Tokyo"), Role.PARTICIPANT);
    }

    private static AccessTokenDraft draft(String name, boolean write, LocalDate lastDay) {
        AccessTokenDraft draft = new AccessTokenDraft();
        draft.setName(name);
        draft.setWrite(write);
        draft.setExpiresOn(lastDay);
        return draft;
    }

    @Test
    void aTokenIsShownOnceStoredAsAHashAndActsForItsPerson() {
        FreshPeople.Fresh person = participant();
        signIn.as(person.email());

        NewAccessToken created = tokens.create(draft("  on-call bot  ", true, today.plusDays(90)));

        assertThat(created.secret()).startsWith(AccessTokens.PREFIX).hasSize(AccessTokens.PREFIX.length() + 43);
        assertThat(created.token().name()).isEqualTo("on-call bot");
        assertThat(jdbc.queryForObject("select secret_hash from access_token where id = ?", String.class, created.token().id()))
                .isEqualTo(SecretTokens.hash(created.secret())).doesNotContain(created.secret());
        assertThat(tokens.mine()).extracting(AccessTokenRow::name).containsExactly("on-call bot");
        assertThat(tokens.mine().getFirst().lastUsedAt()).isNull();

        SignIn.out();
        assertThat(tokens.authenticate(created.secret()))
                .contains(new TokenHolder(created.token().id(), "on-call bot", true, person.personId()));
        assertThat(tokens.authenticate(created.secret() + "x")).isEmpty();
        assertThat(tokens.authenticate("not a token")).isEmpty();

        signIn.as(person.email());
        assertThat(tokens.mine().getFirst().lastUsedAt()).isNotNull();
    }

    @Test
    void aTokenLivesAtMostAYearAndNeedsAName() {
        signIn.as(participant().email());

        assertThatThrownBy(() -> tokens.create(draft(" ", false, today.plusYears(1).plusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field, Violation::reason)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("name", AccessTokenProblem.NAME_REQUIRED),
                                org.assertj.core.groups.Tuple.tuple("expiresOn", AccessTokenProblem.EXPIRY_TOO_FAR)));
        assertThatThrownBy(() -> tokens.create(draft("x", false, today)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::reason).containsExactly(AccessTokenProblem.EXPIRY_NOT_IN_FUTURE));
        assertThat(tokens.create(draft("a year", false, today.plusYears(1))).token().write()).isFalse();
        assertThat(tokens.mine()).hasSize(1);
    }

    @Test
    void aRevokedTokenStopsAndOnlyItsPersonOrAnOwnerMayRevokeIt() {
        FreshPeople.Fresh person = participant();
        signIn.as(person.email());
        NewAccessToken created = tokens.create(draft("script", false, today.plusDays(7)));
        long id = created.token().id();

        signIn.as(DemoPeople.PARTICIPANT);
        assertThatThrownBy(() -> tokens.revoke(id)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> tokens.everyones()).isInstanceOf(NotPermittedException.class);
        assertThat(tokens.authenticate(created.secret())).isPresent();

        signIn.as(DemoPeople.OWNER);
        assertThat(tokens.everyones()).extracting(AccessTokenRow::id).contains(id);
        tokens.revoke(id);

        assertThat(tokens.authenticate(created.secret())).isEmpty();
        assertThat(tokens.everyones()).extracting(AccessTokenRow::id).doesNotContain(id);
        signIn.as(person.email());
        assertThat(tokens.mine()).singleElement().satisfies(row -> assertThat(row.revokedAt()).isNotNull());

        NewAccessToken own = tokens.create(draft("mine", false, today.plusDays(7)));
        tokens.revoke(own.token().id());
        assertThat(tokens.authenticate(own.secret())).isEmpty();
    }

    @Test
    void deactivatingAPersonStopsTheirTokens() {
        FreshPeople.Fresh person = participant();
        signIn.as(person.email());
        NewAccessToken created = tokens.create(draft("hr sync", true, today.plusDays(30)));

        signIn.as(DemoPeople.OWNER);
        people.deactivate(person.personId(), people.get(person.personId()).version());

        assertThat(tokens.authenticate(created.secret())).isEmpty();
    }
}
