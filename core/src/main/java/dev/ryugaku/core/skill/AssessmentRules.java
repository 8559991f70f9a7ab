package dev.ryugaku.core.skill;

import dev.ryugaku.core.shared.Rule;
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

    /** One area's input, with what the rules need to know about the assessment it belongs to. */
    record Rating(RatingInput input, Set<Long> activeAreas, boolean submitting) {

        boolean isBlank() {
            return input.level() == null && comment() == null;
        }

        String comment() {
            return Texts.trimToNull(input.comment());
        }
    }

    /** Areas the catalogue no longer rates take no level or comment; nothing else is checked for them. */
    static final Rule<Rating> AREA_IS_RATED_NOW = rating ->
            !rating.activeAreas().contains(rating.input().skillAreaId()) && !rating.isBlank()
                    ? List.of(levelViolation(rating, AssessmentProblem.SKILL_NOT_RATED_NOW))
                    : List.of();

    static final Rule<Rating> LEVEL_IS_A_LEVEL = rating -> rating.input().level() != null
            && !SkillLevel.isLevel(rating.input().level())
            ? List.of(levelViolation(rating, AssessmentProblem.LEVEL_OUT_OF_RANGE, SkillLevel.MIN, SkillLevel.MAX))
            : List.of();

    /** In a draft a comment is kept with its level; without one it would be lost. */
    static final Rule<Rating> A_COMMENT_COMES_WITH_A_LEVEL = rating -> rating.comment() != null
            && rating.input().level() == null && !rating.submitting()
            ? List.of(levelViolation(rating, AssessmentProblem.LEVEL_REQUIRED))
            : List.of();

    static final Rule<Rating> COMMENT_FITS = rating -> rating.comment() != null
            && rating.comment().codePointCount(0, rating.comment().length()) > COMMENT_MAX_LENGTH
            ? List.of(Violation.of(RatingInput.commentField(rating.input().skillAreaId()), AssessmentProblem.COMMENT_TOO_LONG,
                    COMMENT_MAX_LENGTH))
            : List.of();

    private static final Rule<Rating> RATING = Rule.all(List.of(LEVEL_IS_A_LEVEL, A_COMMENT_COMES_WITH_A_LEVEL,
            COMMENT_FITS));

    private AssessmentRules() {
    }

    /** The inputs' violations, by field ({@link RatingInput#levelField}); {@code submitting} asks every active area. */
    public static List<Violation> checkRatings(Collection<RatingInput> inputs, Collection<Long> activeSkills,
                                               boolean submitting) {
        Map<Long, RatingInput> byArea = inputs.stream()
                .collect(Collectors.toMap(RatingInput::skillAreaId, Function.identity(), (first, second) -> second));
        Set<Long> active = Set.copyOf(activeSkills);
        List<Violation> violations = new ArrayList<>();
        for (RatingInput input : byArea.values()) {
            violations.addAll(checkRating(new Rating(input, active, submitting)));
        }
        if (submitting) {
            violations.addAll(everyActiveAreaHasALevel(byArea, activeSkills));
        }
        return violations;
    }

    static List<Violation> checkRating(Rating rating) {
        List<Violation> notRatedNow = AREA_IS_RATED_NOW.check(rating);
        return notRatedNow.isEmpty() ? RATING.check(rating) : notRatedNow;
    }

    /** A submitted assessment rates every area the catalogue rates now. */
    static List<Violation> everyActiveAreaHasALevel(Map<Long, RatingInput> byArea, Collection<Long> activeSkills) {
        return activeSkills.stream()
                .filter(area -> byArea.get(area) == null || byArea.get(area).level() == null)
                .map(area -> Violation.of(RatingInput.levelField(area), AssessmentProblem.LEVEL_REQUIRED))
                .toList();
    }

    private static Violation levelViolation(Rating rating, AssessmentProblem problem, Object... arguments) {
        return Violation.of(RatingInput.levelField(rating.input().skillAreaId()), problem, arguments);
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
