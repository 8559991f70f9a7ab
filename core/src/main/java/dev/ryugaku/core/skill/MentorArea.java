package dev.ryugaku.core.skill;

/** One of a mentor's strong skill areas, declared or shown by an assessment. */
public record MentorArea(long mentorId, long skillAreaId) {
}
