package dev.ryugaku.core.task;

import dev.ryugaku.core.security.Actor;
import java.util.EnumSet;
import java.util.Set;

/** How the actor stands to one task; a person may stand in several ways. */
public enum TaskRole {
    OWNER,
    ASSIGNEE,
    MENTOR_OF_ASSIGNEE,
    REVIEWER;

    /** The actor's relations to a task with the given parties. */
    public static Set<TaskRole> of(Actor actor, TaskParties parties) {
        Set<TaskRole> roles = EnumSet.noneOf(TaskRole.class);
        long me = actor.personId();
        if (actor.isOwner()) {
            roles.add(OWNER);
        }
        if (parties.assigneePersonId() != null && parties.assigneePersonId() == me) {
            roles.add(ASSIGNEE);
        }
        if (parties.assigneeMentorIds().contains(me)) {
            roles.add(MENTOR_OF_ASSIGNEE);
        }
        if (parties.reviewerId() != null && parties.reviewerId() == me) {
            roles.add(REVIEWER);
        }
        return roles;
    }
}
