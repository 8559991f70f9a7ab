package dev.ryugaku.web.security;

import dev.ryugaku.core.people.PersonDeactivated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a deactivated person's open sessions at once: their next request, a click or Vaadin's
 * heartbeat, finds the session expired and lands on the sign-in page, where they are refused.
 */
@Component
class SessionTerminator {

    private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onDeactivated(PersonDeactivated event) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof RyugakuUser user && user.getPersonId() == event.personId()) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        log.info("Person {} deactivated: ended {} open session(s)", event.personId(), ended);
    }
}
