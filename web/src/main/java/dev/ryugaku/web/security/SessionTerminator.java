package dev.ryugaku.web.security;

import com.vaadin.flow.server.VaadinRequest;
import dev.ryugaku.core.people.PasswordChanged;
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
 * heartbeat, finds the session expired and lands on the sign-in page, where they are refused. A new
 * password ends the person's other sessions too.
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
        int ended = endSessions(event.personId(), null);
        log.info("Person {} deactivated: ended {} open session(s)", event.personId(), ended);
    }

    /** A new password: whoever else holds a session of this person (perhaps with the old password) is out. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onPasswordChanged(PasswordChanged event) {
        String keep = event.keepCurrentSession() ? currentSessionId() : null;
        int ended = endSessions(event.personId(), keep);
        log.info("Person {} has a new password: ended {} other open session(s)", event.personId(), ended);
    }

    private int endSessions(long personId, String keepSessionId) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof RyugakuUser user && user.getPersonId() == personId) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }

    /** The HTTP session of the request being served (a Vaadin UI request), if any. */
    private static String currentSessionId() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getWrappedSession(false) == null) {
            return null;
        }
        return request.getWrappedSession(false).getId();
    }
}
