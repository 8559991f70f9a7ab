package dev.ryugaku.core.shared;

/**
 * The optimistic check every edit makes first: the version the user read must still be the stored
 * one, else somebody saved in between and the edit is refused rather than silently overwriting theirs.
 */
public final class Versions {

    private Versions() {
    }

    public static void require(long stored, long expected, String recordType, Object id) {
        if (stored != expected) {
            throw new ConcurrentEditException(recordType, id);
        }
    }

    /** For records that may not exist yet: null for "nothing was saved when I opened it". */
    public static void requireNullable(Long stored, Long expected, String recordType, Object id) {
        if (!java.util.Objects.equals(stored, expected)) {
            throw new ConcurrentEditException(recordType, id);
        }
    }
}
