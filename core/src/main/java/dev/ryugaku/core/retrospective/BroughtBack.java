package dev.ryugaku.core.retrospective;

/** One thing a graduate brought back to their home team: a runbook, an SLO, an alert …, with a link to it. */
public record BroughtBack(BroughtBackKind kind, String title, String link) {
}
