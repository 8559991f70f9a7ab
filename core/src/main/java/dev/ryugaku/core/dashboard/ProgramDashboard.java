package dev.ryugaku.core.dashboard;

import dev.ryugaku.core.checkin.AttentionEntry;
import dev.ryugaku.core.cohort.CohortSummary;
import java.util.List;

/**
 * The owners' dashboard: the cohorts (for the timeline and the choice), the chosen cohort's figures
 * and weekly charts, the completed cohorts side by side, and the program's attention queue.
 *
 * @param selected   the chosen cohort's figures; null when there is no cohort yet
 * @param comparison the most recent completed cohorts, newest first
 * @param attention  who needs attention across the program, by mentor
 */
public record ProgramDashboard(List<CohortSummary> cohorts, CohortKpis selected, List<WeekPoint> weekly,
                               List<CohortKpis> comparison, List<AttentionEntry> attention) {
}
