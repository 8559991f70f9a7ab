package dev.ryugaku.core.enrollment;

/** A person who can be enrolled, with their home team as a default. */
public record ParticipantOption(long id, String displayName, Long homeTeamId, String homeTeamName) {
}
