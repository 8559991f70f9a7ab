package dev.ryugaku.core.retrospective;

/** A submitted follow-up's free text, with its id to attach its items. */
public record FollowUpText(long followUpId, String changedWork) {
}
