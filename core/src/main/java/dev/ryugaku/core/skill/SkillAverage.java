package dev.ryugaku.core.skill;

/**
 * A cohort's average for one skill over its rotations with a growth for it.
 *
 * @param averageStart  mean START level
 * @param averageLatest mean level at the latest phase rated (END, else MID)
 * @param averageGrowth mean of latest minus START
 * @param enrollments   how many rotations count
 * @param fromSelf      how many of them count by the participant's own ratings (their mentor's were missing)
 */
public record SkillAverage(SkillRef skill, double averageStart, double averageLatest, double averageGrowth,
                           int enrollments, int fromSelf) {
}
