package dev.ryugaku.core.dashboard;

import dev.ryugaku.core.checkin.AttentionEntry;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.core.skill.CohortGrowth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The owners' dashboard: the cohorts (for the timeline and the choice), the chosen cohort's figures
 * and weekly charts, the completed cohorts side by side, the program's attention queue, and skill growth.
 *
 * @param selected   the chosen cohort's figures; null when there is no cohort yet
 * @param comparison the most recent completed cohorts, newest first
 * @param attention  who needs attention across the program, by mentor
 * @param growth     skill growth so far of the chosen and the compared cohorts, by cohort id
 */
public record ProgramDashboard(List<CohortSummary> cohorts, CohortKpis selected, List<WeekPoint> weekly,
                               List<CohortKpis> comparison, List<AttentionEntry> attention,
                               Map<Long, CohortGrowth> growth) {

    /** A cohort's skill growth so far; empty when none was assessed. */
    public Optional<CohortGrowth> growthOf(long cohortId) {
        return Optional.ofNullable(growth.get(cohortId)).filter(CohortGrowth::hasData);
    }
}
