package dev.ryugaku.core.skill;

/**
 * What the assessment form sends for one skill area: a level from 0 to 4 (none yet in a draft) and
 * an optional comment.
 */
public record RatingInput(long skillAreaId, Integer level, String comment) {

    /** The form field the rules name for this area's level. */
    public static String levelField(long skillAreaId) {
        return "level-" + skillAreaId;
    }

    /** The form field the rules name for this area's comment. */
    public static String commentField(long skillAreaId) {
        return "comment-" + skillAreaId;
    }
}
