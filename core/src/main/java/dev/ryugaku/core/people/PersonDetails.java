package dev.ryugaku.core.people;

/** A person opened for editing: the values and the version they were read at. */
public record PersonDetails(long id, long version, String loginName, boolean active, boolean hasPassword,
                            PersonDraft draft) {
}
