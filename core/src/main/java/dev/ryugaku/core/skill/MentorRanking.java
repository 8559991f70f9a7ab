package dev.ryugaku.core.skill;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How suggested mentors are ranked (decision 0037): first by how many of the wanted skill areas are
 * among the mentor's strongest (more first), then by their load in the period (fewer mentees
 * first), then by name and id so that the order is the same on every call. Mentors sharing no
 * wanted area stay in the list, after the others, so an owner can still pick the least loaded.
 */
public final class MentorRanking {

    /** Overlap descending, load ascending, then name, then id. */
    public static final Comparator<MentorMatch> ORDER = Comparator.comparingInt(MentorMatch::overlap).reversed()
            .thenComparingInt(MentorMatch::activeMentees)
            .thenComparing(MentorMatch::name)
            .thenComparingLong(MentorMatch::mentorId);

    private MentorRanking() {
    }

    /**
     * Ranks the mentors for the wanted areas.
     *
     * @param wanted      the skill area ids wanted
     * @param mentors     every mentor who may be suggested, with their load in the period
     * @param strongAreas each mentor's strongest area ids (declared or assessed); missing means none
     * @param catalogue   the catalogue in its order, to name the shared areas
     */
    public static List<MentorMatch> rank(Collection<Long> wanted, Collection<MentorLoad> mentors,
                                         Map<Long, Set<Long>> strongAreas, List<SkillRef> catalogue) {
        Set<Long> wantedIds = Set.copyOf(wanted);
        return mentors.stream().map(mentor -> {
            Set<Long> strong = strongAreas.getOrDefault(mentor.mentorId(), Set.of());
            List<SkillRef> shared = catalogue.stream()
                    .filter(area -> wantedIds.contains(area.id()) && strong.contains(area.id())).toList();
            return new MentorMatch(mentor.mentorId(), mentor.name(), shared, Math.toIntExact(mentor.activeMentees()));
        }).sorted(ORDER).toList();
    }
}
