package dev.ryugaku.core.security;

import dev.ryugaku.core.shared.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refusals of object-level access, logged for operators (who, what, which record) and answered to
 * the user like a missing record, so that nothing about the record leaks into the UI.
 */
public final class AccessDenials {

    private static final Logger log = LoggerFactory.getLogger("dev.ryugaku.security.denied");

    private AccessDenials() {
    }

    public static RecordNotFoundException hidden(Actor actor, String action, String recordType, Object id) {
        log.warn("Access denied: person={} action={} record={}#{}", actor.personId(), action, recordType, id);
        return new RecordNotFoundException(recordType, id);
    }

    public static NotPermittedException refused(Actor actor, String action, String recordType, Object id) {
        log.warn("Access denied: person={} action={} record={}#{}", actor.personId(), action, recordType, id);
        return new NotPermittedException(actor, action + " " + recordType + " " + id);
    }
}
