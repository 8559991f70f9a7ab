package dev.ryugaku.core.skill;

/** A skill area opened for editing: its values, the version they were read at, and whether it was ever rated. */
public record SkillAreaEdit(long id, long version, SkillAreaDraft draft, boolean rated) {
}
