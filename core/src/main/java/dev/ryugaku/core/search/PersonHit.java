package dev.ryugaku.core.search;

/**
 * A person found. {@code rotationId} is the latest rotation of theirs the viewer takes part in, for
 * viewers who cannot open the person's own page (everyone but program owners); null for owners.
 */
public record PersonHit(long personId, String name, String teamName, Long rotationId) {

    /** A person as owners find them: they open the person's own page. */
    public PersonHit(long personId, String name, String teamName) {
        this(personId, name, teamName, null);
    }
}
