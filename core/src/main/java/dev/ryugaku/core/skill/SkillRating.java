package dev.ryugaku.core.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One area's level in an assessment, with an optional comment. */
@Embeddable
public class SkillRating {

    @Column(name = "skill_level", nullable = false)
    private int level;

    @Column(name = "note", length = 500)
    private String comment;

    protected SkillRating() {
    }

    public SkillRating(int level, String comment) {
        this.level = level;
        this.comment = comment;
    }

    public int getLevel() {
        return level;
    }

    public String getComment() {
        return comment;
    }
}
