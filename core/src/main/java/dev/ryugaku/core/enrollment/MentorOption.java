package dev.ryugaku.core.enrollment;

/** A mentor to choose, with how many active mentees they already have. */
public record MentorOption(long id, String displayName, long activeMentees) {
}
