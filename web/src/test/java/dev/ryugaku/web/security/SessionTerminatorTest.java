package dev.ryugaku.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.people.PersonDeactivated;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Deactivating a person ends their open sessions, and only theirs. */
@RyugakuTest
class SessionTerminatorTest {

    @Autowired
    SessionRegistry sessions;

    @Autowired
    UserDetailsService users;

    @Autowired
    SessionTerminator terminator;

    @Test
    void aDeactivatedPersonsSessionsExpireAtOnce() {
        RyugakuUser leaver = (RyugakuUser) users.loadUserByUsername("kato");
        RyugakuUser stayer = (RyugakuUser) users.loadUserByUsername("kobayashi");
        sessions.registerNewSession("session-of-leaver-1", leaver);
        sessions.registerNewSession("session-of-leaver-2", users.loadUserByUsername("kato"));
        sessions.registerNewSession("session-of-stayer", stayer);

        terminator.onDeactivated(new PersonDeactivated(leaver.getPersonId(), "kato"));

        assertThat(sessions.getSessionInformation("session-of-leaver-1").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("session-of-leaver-2").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("session-of-stayer").isExpired()).isFalse();
        sessions.removeSessionInformation("session-of-leaver-1");
        sessions.removeSessionInformation("session-of-leaver-2");
        sessions.removeSessionInformation("session-of-stayer");
    }
}
