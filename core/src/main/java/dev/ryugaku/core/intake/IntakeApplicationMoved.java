package dev.ryugaku.core.intake;

/**
 * An application changed state, was created by a nomination, or became an enrollment: published
 * inside the transaction that did it, so that whoever must hear of it is told exactly when it commits.
 *
 * @param before   the state before; null for a nomination just made
 * @param enrolled the step was turning a selection into an enrollment (the state stays SELECTED)
 * @param actorId  who did it: never told of their own step
 */
public record IntakeApplicationMoved(long applicationId, ApplicationState before, ApplicationState after,
                                     boolean enrolled, long actorId) {
}
