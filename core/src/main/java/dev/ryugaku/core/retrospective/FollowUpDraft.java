package dev.ryugaku.core.retrospective;

import java.util.List;

/**
 * The graduate's follow-up: what they brought back to their home team, and how the rotation changed
 * their work.
 */
public record FollowUpDraft(List<BroughtBack> broughtBack, String changedWork) {

    public FollowUpDraft {
        broughtBack = broughtBack == null ? List.of() : List.copyOf(broughtBack);
    }

    public static FollowUpDraft empty() {
        return new FollowUpDraft(List.of(), null);
    }
}
