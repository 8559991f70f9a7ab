package dev.ryugaku.core.skill;

import java.util.List;
import java.util.Locale;

/**
 * A suggested mentor: the wanted skill areas among their strongest ({@code sharedAreas}, in
 * catalogue order) and how many mentees they already have in the period.
 */
public record MentorMatch(long mentorId, String name, List<SkillRef> sharedAreas, int activeMentees) {

    public MentorMatch {
        sharedAreas = List.copyOf(sharedAreas);
    }

    /** How many of the wanted areas are among the mentor's strongest. */
    public int overlap() {
        return sharedAreas.size();
    }

    /** The shared areas' names in the reader's language. */
    public List<String> sharedAreaNames(Locale locale) {
        return sharedAreas.stream().map(area -> area.name(locale)).toList();
    }
}
