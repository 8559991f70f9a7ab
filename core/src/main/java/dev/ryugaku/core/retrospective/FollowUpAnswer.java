package dev.ryugaku.core.retrospective;

import java.util.List;

/** One submitted follow-up as the feedback page lists it, without the graduate's name. */
public record FollowUpAnswer(List<BroughtBack> broughtBack, String changedWork) {

    public FollowUpAnswer {
        broughtBack = List.copyOf(broughtBack);
    }
}
