package dev.ryugaku.core.retrospective;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Net Promoter Score of "would you recommend this rotation to a colleague" (0–10): the percentage
 * of promoters (9–10) minus the percentage of detractors (0–6); passives (7–8) count only in the
 * total. The result is a whole number from −100 to 100, rounded half away from zero (12.5 → 13,
 * −12.5 → −13), so that a cohort's score does not depend on its sign.
 */
public final class NetPromoterScore {

    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 10;
    public static final int PROMOTER_FROM = 9;
    public static final int DETRACTOR_UP_TO = 6;

    /** Where one answer falls. */
    public enum Group {
        PROMOTER,
        PASSIVE,
        DETRACTOR
    }

    private NetPromoterScore() {
    }

    public static Group groupOf(int score) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("a recommend score is 0–10, not " + score);
        }
        return score >= PROMOTER_FROM ? Group.PROMOTER : score <= DETRACTOR_UP_TO ? Group.DETRACTOR : Group.PASSIVE;
    }

    /**
     * The score of {@code answers} answers of which {@code promoters} are promoters and
     * {@code detractors} detractors.
     */
    public static int of(long promoters, long detractors, long answers) {
        if (answers <= 0 || promoters < 0 || detractors < 0 || promoters + detractors > answers) {
            throw new IllegalArgumentException("no NPS of " + promoters + " promoters and " + detractors
                    + " detractors in " + answers + " answers");
        }
        return BigDecimal.valueOf(100 * (promoters - detractors))
                .divide(BigDecimal.valueOf(answers), 0, RoundingMode.HALF_UP).intValueExact();
    }
}
