package dev.ryugaku.core.intake;

import java.util.List;

/**
 * Places used against the cohort's capacity and the load on each home team.
 *
 * @param used places taken: enrollments of the cohort plus selected applications not enrolled yet
 */
public record SelectionSummary(int capacity, long used, List<TeamLoad> teams) {

    /**
     * One home team's share of the round.
     *
     * @param selected how many people the team would lose at once to this cohort
     * @param inPlay   applications of the team still open (not declined or withdrawn)
     */
    public record TeamLoad(Long teamId, String teamName, long selected, long inPlay) {
    }
}
