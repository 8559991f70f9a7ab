package dev.ryugaku.core.skill;

import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggested mentors for the skill areas a participant wants to learn, ranked by {@link MentorRanking}.
 * A mentor's strongest areas are those they declared under 設定 and those in which a mentor rated
 * them at level {@value #STRONG_LEVEL} or above when they were assessed themselves in an earlier
 * rotation (decision 0037). Program owners only; four queries whatever the number of mentors.
 */
@Service
public class MentorMatching {

    /** The mentor-side level from which an area counts as one of a person's strongest: 3, 独力でできる. */
    public static final int STRONG_LEVEL = 3;

    private final MentorMatchingRepository matching;
    private final SkillAreaRepository areas;
    private final CurrentActor currentActor;

    public MentorMatching(MentorMatchingRepository matching, SkillAreaRepository areas, CurrentActor currentActor) {
        this.matching = matching;
        this.areas = areas;
        this.currentActor = currentActor;
    }

    /**
     * Every active mentor, ranked for the wanted skill areas and the period {@code from}–{@code to}
     * (a rotation's dates): the load counts their planned and active mentees whose rotations overlap it.
     */
    @Transactional(readOnly = true)
    public List<MentorMatch> suggest(Collection<Long> wantedSkillAreaIds, LocalDate from, LocalDate to) {
        currentActor.get().require(Role.PROGRAM_OWNER);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends " + to + " before it starts " + from);
        }
        List<MentorLoad> mentors = matching.findMentorLoads(from, to);
        if (mentors.isEmpty()) {
            return List.of();
        }
        List<Long> ids = mentors.stream().map(MentorLoad::mentorId).toList();
        Map<Long, Set<Long>> strong = new HashMap<>();
        Stream.concat(matching.findDeclaredAreas(ids).stream(), matching.findAssessedAreas(ids, STRONG_LEVEL).stream())
                .forEach(area -> strong.computeIfAbsent(area.mentorId(), id -> new HashSet<>()).add(area.skillAreaId()));
        List<SkillRef> catalogue = areas.findAllByOrderBySortOrderAscIdAsc().stream().map(SkillArea::toRef).toList();
        return MentorRanking.rank(wantedSkillAreaIds.stream().filter(Objects::nonNull).toList(), mentors, strong, catalogue);
    }
}
