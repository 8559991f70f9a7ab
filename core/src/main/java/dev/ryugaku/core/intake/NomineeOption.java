package dev.ryugaku.core.intake;

/** A person of a team the actor manages, who can be nominated. */
public record NomineeOption(long personId, String displayName, String teamName) {
}
