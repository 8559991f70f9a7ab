package dev.ryugaku.core.shared;

/**
 * The record does not exist, or the current user may not know that it does: both look the
 * same from outside so that ids cannot be probed.
 */
public class RecordNotFoundException extends RuntimeException implements MessageKeyed {

    public RecordNotFoundException(String recordType, Object id) {
        super(recordType + " " + id + " not found");
    }

    @Override
    public String messageKey() {
        return "error.notFound";
    }
}
