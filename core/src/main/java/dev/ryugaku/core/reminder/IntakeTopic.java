package dev.ryugaku.core.reminder;

/** What an intake notice is about: a state the application reached, or a step around it. */
public enum IntakeTopic {
    NOMINATED, APPROVED, MANAGER_DECLINED, SELECTED, WAITLISTED, DECLINED,
    /** The selection became an enrollment: the rotation exists. */
    ENROLLED,
    /** To the manager: the application waits for their approval. */
    APPROVAL_NEEDED,
    /** To the manager: the person they nominated confirmed. */
    CONFIRMED,
    /** To the manager: a member of their team withdrew. */
    WITHDRAWN
}
