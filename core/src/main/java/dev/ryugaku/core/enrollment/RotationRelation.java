package dev.ryugaku.core.enrollment;

import dev.ryugaku.core.security.Actor;

/**
 * What a person is to one rotation. The relation decides before the role (decisions 0016 and 0020):
 * an owner enrolled in a rotation is its participant there, an owner who mentors it is its mentor;
 * owner rights apply only to owners who hold no part in it.
 */
public enum RotationRelation {

    PARTICIPANT, MENTOR, OWNER, NONE;

    public static RotationRelation of(Actor actor, Enrollment rotation) {
        if (rotation.isParticipant(actor.personId())) {
            return PARTICIPANT;
        }
        if (rotation.isMentor(actor.personId())) {
            return MENTOR;
        }
        return actor.isOwner() ? OWNER : NONE;
    }

    /** May know the rotation and what hangs off it (log, check-ins, skills, retrospective) exist. */
    public boolean sees() {
        return this != NONE;
    }

    /** Oversees the rotation: its mentors and owners, never its own participant. */
    public boolean supervises() {
        return this == MENTOR || this == OWNER;
    }
}
