package dev.ryugaku.core.incident;

import dev.ryugaku.core.worklog.IncidentRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** The rules of taking in events and turning an incident into a proposed entry, each small and named. */
public final class IncidentEvents {

    /** A proposed entry counts at most a working day: a page left open overnight is not 14 hours of incident work. */
    public static final int MAX_MINUTES = 480;

    /** A clock a little ahead at the tool's end is no reason to refuse its event. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private IncidentEvents() {
    }

    /** An event older than {@code maxAge}, or from the future, is refused: a replayed old delivery must not count. */
    public static boolean fresh(Instant occurredAt, Instant now, Duration maxAge) {
        return occurredAt != null && !occurredAt.isBefore(now.minus(maxAge)) && !occurredAt.isAfter(now.plus(CLOCK_SKEW));
    }

    /**
     * The minutes from a person's first part in the incident to its resolution, at least one and at
     * most {@code cap}; null while it is not resolved.
     */
    public static Integer minutes(Instant involvedAt, Instant resolvedAt, int cap) {
        if (involvedAt == null || resolvedAt == null) {
            return null;
        }
        long seconds = Math.max(Duration.between(involvedAt, resolvedAt).toSeconds(), 0);
        long minutes = Math.max((seconds + 59) / 60, 1);
        return (int) Math.min(minutes, cap);
    }

    /** Only an http(s) address of a sensible length becomes a link: never {@code javascript:} or the like. */
    public static boolean webAddress(String link) {
        if (link == null || link.isBlank() || link.strip().length() > Incident.LINK_MAX) {
            return false;
        }
        String lower = link.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** Of two suggested roles, the higher rung of the ladder: the result does not depend on which came first. */
    static IncidentRole higher(IncidentRole a, IncidentRole b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
