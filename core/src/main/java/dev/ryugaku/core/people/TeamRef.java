package dev.ryugaku.core.people;

/** A team as forms and lists show it. */
public record TeamRef(long id, String name) {
}
