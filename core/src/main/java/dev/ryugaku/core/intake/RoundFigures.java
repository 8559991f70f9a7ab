package dev.ryugaku.core.intake;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The program view of one round: how many applied, what share the managers approved and the
 * owners selected, how long a decision took and how many home teams took part.
 *
 * @param applications         applications and confirmed nominations (unconfirmed nominations left out)
 * @param managerDecided       applications a manager approved or declined
 * @param managerApproved      of those, approved
 * @param ownerDecided         applications owners selected, waitlisted or declined
 * @param selected             of those, selected
 * @param medianDaysToDecision median days from applying to the owners' decision; null before any
 * @param teams                home teams with at least one application
 */
public record RoundFigures(Long roundId, Long cohortId, String cohortName, long applications, long managerDecided,
                           long managerApproved, long ownerDecided, long selected, Double medianDaysToDecision,
                           long teams) {

    /** Approved share of the managers' decisions, in percent; null before any. */
    public Integer approvalRate() {
        return percent(managerApproved, managerDecided);
    }

    /** Selected share of the owners' decisions, in percent; null before any. */
    public Integer selectionRate() {
        return percent(selected, ownerDecided);
    }

    /** The figures of one round's applications. */
    static RoundFigures of(IntakeRound round, List<IntakeApplication> all) {
        List<IntakeApplication> applied = all.stream().filter(a -> a.getSubmittedAt() != null).toList();
        long managerApproved = applied.stream().filter(a -> a.getApprovedAt() != null
                && a.getState() != ApplicationState.MANAGER_DECLINED).count();
        long managerDeclined = applied.stream().filter(a -> a.getState() == ApplicationState.MANAGER_DECLINED).count();
        List<IntakeApplication> decided = applied.stream().filter(a -> a.getDecidedAt() != null
                && a.getState() != ApplicationState.WITHDRAWN && a.getState() != ApplicationState.MANAGER_DECLINED).toList();
        long selected = decided.stream().filter(a -> a.getState() == ApplicationState.SELECTED).count();
        List<Double> days = decided.stream().map(a -> Duration.between(a.getSubmittedAt(), a.getDecidedAt()).toMinutes()
                / (24.0 * 60)).sorted().toList();
        // one persistence context holds one instance per team row
        long teams = applied.stream().map(IntakeApplication::getHomeTeam).filter(Objects::nonNull).distinct().count();
        return new RoundFigures(round.getId(), round.getCohort().getId(), round.getCohort().getName(), applied.size(),
                managerApproved + managerDeclined, managerApproved, decided.size(), selected, median(days), teams);
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        double value = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Math.round(value * 10) / 10.0;
    }

    private static Integer percent(long part, long whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
