package dev.ryugaku.core.task;

/** The four parts of a pre-mortem, each required. */
public record PreMortemDraft(String failureScenario, String rootCauses, String prevention, String rollbackProcedure) {
}
