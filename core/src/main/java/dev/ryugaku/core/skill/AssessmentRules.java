package dev.ryugaku.core.skill;

import dev.ryugaku.core.shared.Texts;
import dev.ryugaku.core.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an assessment needs: levels 0–4 for areas the catalogue rates now, comments within their
 * length, and — to be submitted — a level for every active area. It is written while its phase's
 * window is open, only once submitted, never for a withdrawn rotation.
 */
public final class AssessmentRules {

    public static final int COMMENT_MAX_LENGTH = 500;

    private AssessmentRules() {
    }

    /** The inputs' violations, by field ({@link RatingInput#levelField}); {@code submitting} asks every active area. */
    public static List<Violation> checkRatings(Collection<RatingInput> inputs, Collection<Long> activeSkills,
                                               boolean submitting) {
        List<Violation> violations = new ArrayList<>();
        Map<Long, RatingInput> byArea = inputs.stream()
                .collect(Collectors.toMap(RatingInput::skillAreaId, Function.identity(), (first, second) -> second));
        Set<Long> active = Set.copyOf(activeSkills);
        for (RatingInput input : byArea.values()) {
            boolean blank = input.level() == null && Texts.trimToNull(input.comment()) == null;
            if (!active.contains(input.skillAreaId()) && !blank) {
                violations.add(Violation.of(RatingInput.levelField(input.skillAreaId()), AssessmentProblem.SKILL_NOT_RATED_NOW));
                continue;
            }
            if (input.level() != null && !SkillLevel.isLevel(input.level())) {
                violations.add(Violation.of(RatingInput.levelField(input.skillAreaId()), AssessmentProblem.LEVEL_OUT_OF_RANGE,
                        SkillLevel.MIN, SkillLevel.MAX));
            }
            String comment = Texts.trimToNull(input.comment());
            if (comment != null && input.level() == null && !submitting) {
                // a comment is kept with its level; without one it would be lost
                violations.add(Violation.of(RatingInput.levelField(input.skillAreaId()), AssessmentProblem.LEVEL_REQUIRED));
            }
            if (comment != null && comment.codePointCount(0, comment.length()) > COMMENT_MAX_LENGTH) {
                violations.add(Violation.of(RatingInput.commentField(input.skillAreaId()), AssessmentProblem.COMMENT_TOO_LONG,
                        COMMENT_MAX_LENGTH));
            }
        }
        if (submitting) {
            for (Long area : activeSkills) {
                RatingInput input = byArea.get(area);
                if (input == null || input.level() == null) {
                    violations.add(Violation.of(RatingInput.levelField(area), AssessmentProblem.LEVEL_REQUIRED));
                }
            }
        }
        return violations;
    }

    /** Whether the phase can be written today: its window is open. */
    public static List<Violation> checkWindow(PhaseWindow window, LocalDate today) {
        if (window.isOpen(today)) {
            return List.of();
        }
        return List.of(Violation.of("phase", window.isUpcoming(today) ? AssessmentProblem.PHASE_NOT_OPEN_YET
                : AssessmentProblem.PHASE_CLOSED, window.opens(), window.closes()));
    }
}
