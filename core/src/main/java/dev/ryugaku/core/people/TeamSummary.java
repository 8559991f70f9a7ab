package dev.ryugaku.core.people;

/** A team as the team list shows it, with how many people call it home. */
public record TeamSummary(long id, long version, String name, TeamKind kind, long members) {
}
