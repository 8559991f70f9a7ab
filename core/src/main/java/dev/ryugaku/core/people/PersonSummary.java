package dev.ryugaku.core.people;

/** A person as the people list shows them. */
public record PersonSummary(long id, String displayName, String email, String homeTeamName, boolean active) {
}
