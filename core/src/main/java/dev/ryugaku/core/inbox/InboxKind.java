package dev.ryugaku.core.inbox;

import dev.ryugaku.core.shared.MessageKeyed;

/** What an inbox item asks of its reader: the facts of the reminder mails, and the reviews waiting. */
public enum InboxKind implements MessageKeyed {
    /** Mentor: a check-in with a mentee today or tomorrow (the mail's "due tomorrow"). */
    CHECK_IN_SOON,
    /** Mentor: a check-in's time has passed and it is not recorded yet. */
    CHECK_IN_UNRECORDED,
    /** Mentor: a task handed in for review. */
    TASK_REVIEW,
    /** Mentor: a pre-mortem to approve. */
    PRE_MORTEM_REVIEW,
    /** Mentor: a mentee's final evaluation can be written. */
    EVALUATION_TO_WRITE,
    /** Participant: an open action item of theirs due within two days, or overdue. */
    ACTION_ITEM_DUE,
    /** Participant: their retrospective can be written. */
    RETROSPECTIVE_TO_WRITE,
    /** Graduate: the follow-up is due. */
    FOLLOW_UP_DUE,
    /** Anyone: a nomination to an intake round, to confirm before it closes. */
    INTAKE_NOMINATION,
    /** Home-team manager: a team member's application waits for their approval. */
    INTAKE_APPROVAL,
    /** Owner: an intake round has applications waiting for a decision. */
    INTAKE_DECISIONS;

    @Override
    public String messageKey() {
        return "inbox.kind." + name();
    }
}
