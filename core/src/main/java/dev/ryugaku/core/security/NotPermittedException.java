package dev.ryugaku.core.security;

import dev.ryugaku.core.shared.MessageKeyed;

/** The actor may not do this to this record. */
public class NotPermittedException extends RuntimeException implements MessageKeyed {

    public NotPermittedException(Actor actor, String what) {
        super("person " + actor.personId() + " may not: " + what);
    }

    @Override
    public String messageKey() {
        return "error.notPermitted";
    }
}
