package dev.ryugaku.core.incident;

/** A proposed entry waits for the participant, who accepts it into their log or dismisses it. */
public enum ProposalStatus {
    PROPOSED,
    ACCEPTED,
    DISMISSED
}
