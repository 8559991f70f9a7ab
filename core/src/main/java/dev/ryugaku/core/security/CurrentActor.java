package dev.ryugaku.core.security;

/** Who is calling. Implemented by the web layer from the security context. */
public interface CurrentActor {

    /** The signed-in actor; refuses when nobody is signed in. */
    Actor get();

    /** The signed-in actor, refused unless they hold the role. */
    default Actor requiring(Role role) {
        Actor actor = get();
        actor.require(role);
        return actor;
    }
}
