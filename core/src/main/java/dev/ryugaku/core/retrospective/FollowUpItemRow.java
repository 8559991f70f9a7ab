package dev.ryugaku.core.retrospective;

/** One item of a submitted follow-up, with the follow-up's id. */
public record FollowUpItemRow(long followUpId, BroughtBackKind kind, String title, String link) {

    public BroughtBack item() {
        return new BroughtBack(kind, title, link);
    }
}
