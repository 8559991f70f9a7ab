package dev.ryugaku.core.skill;

/** An active mentor with how many current mentees (planned or active, not withdrawn) overlap a period. */
public record MentorLoad(long mentorId, String name, long activeMentees) {
}
