package dev.ryugaku.core.shared;

/**
 * Somebody else saved the record after this user opened it. The save is refused so that
 * neither edit is silently lost; the user reloads and decides.
 */
public class ConcurrentEditException extends RuntimeException implements MessageKeyed {

    public ConcurrentEditException(String recordType, Object id) {
        super(recordType + " " + id + " was changed by someone else");
    }

    @Override
    public String messageKey() {
        return "error.concurrentEdit";
    }
}
