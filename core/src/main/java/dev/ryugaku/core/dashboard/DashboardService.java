package dev.ryugaku.core.dashboard;

import dev.ryugaku.core.checkin.AttentionEntry;
import dev.ryugaku.core.checkin.AttentionQueue;
import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.cohort.CohortRepository;
import dev.ryugaku.core.cohort.CohortStatus;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.core.security.AccessDenials;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.skill.CohortGrowth;
import dev.ryugaku.core.skill.SkillGrowthService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ダッシュボード for program owners: how the program is going and where to act. Each part is one
 * aggregate query for any number of cohorts, so the page costs the same after years of cohorts.
 */
@Service
public class DashboardService {

    /** How many completed cohorts are compared side by side, newest first. */
    public static final int COMPARED_COHORTS = 6;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final DashboardQueries queries;
    private final CohortRepository cohorts;
    private final AttentionQueue attention;
    private final SkillGrowthService skillGrowth;
    private final CurrentActor currentActor;
    private final Clock clock;

    public DashboardService(DashboardQueries queries, CohortRepository cohorts, AttentionQueue attention,
                            SkillGrowthService skillGrowth, CurrentActor currentActor, Clock clock) {
        this.queries = queries;
        this.cohorts = cohorts;
        this.attention = attention;
        this.skillGrowth = skillGrowth;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * The dashboard with the chosen cohort's figures; without a choice (or an unknown one), the
     * active cohort that started last, else the next planned one, else the last completed one.
     */
    @Transactional(readOnly = true)
    public ProgramDashboard dashboard(Long cohortId) {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        LocalDate today = actor.today(clock);
        Instant now = clock.instant();
        List<CohortSummary> all = cohorts.findTimeline(EARLIEST, today.plusYears(5), null);
        CohortSummary selected = all.stream().filter(c -> cohortId != null && c.id() == cohortId).findFirst()
                .orElseGet(() -> defaultCohort(all, today));
        List<CohortSummary> compared = all.stream().filter(c -> c.statusOn(today) == CohortStatus.COMPLETED)
                .sorted(Comparator.comparing(CohortSummary::endDate).reversed()).limit(COMPARED_COHORTS).toList();
        List<Long> ids = Stream.concat(Stream.ofNullable(selected), compared.stream()).map(CohortSummary::id).distinct().toList();
        Map<Long, List<KpiRow>> rows = ids.isEmpty() ? Map.of()
                : queries.cohortKpis(ids, now).stream().collect(Collectors.groupingBy(KpiRow::cohortId));
        CohortKpis selectedKpis = selected == null ? null : kpis(selected, rows);
        List<WeekPoint> weekly = selected == null ? List.of()
                : queries.weeklySeries(selected.id(), actor.zone().getRules().getOffset(now).getTotalSeconds());
        List<AttentionEntry> queue = attention.forProgram().stream()
                .sorted(Comparator.comparing((AttentionEntry e) -> e.mentorName() == null ? "" : e.mentorName())
                        .thenComparing(AttentionEntry::participantName)).toList();
        Map<Long, CohortGrowth> growth = ids.isEmpty() ? Map.of() : skillGrowth.cohortAverageGrowth(ids);
        return new ProgramDashboard(all, selectedKpis, weekly, compared.stream().map(c -> kpis(c, rows)).toList(), queue,
                growth);
    }

    /** What a cohort (usually a planned one) asks of mentors and home teams, with check-ins of {@code checkInLength}. */
    @Transactional(readOnly = true)
    public CapacityPlan capacity(long cohortId, Duration checkInLength) {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        Cohort cohort = cohorts.findById(cohortId)
                .orElseThrow(() -> AccessDenials.hidden(actor, "plan capacity", "Cohort", cohortId));
        int cadenceDays = cohort.getCadence().days();
        List<DashboardQueries.HomeTeamTime> homeTeams = queries.homeTeamTime(cohortId);
        long enrolled = homeTeams.stream().mapToLong(DashboardQueries.HomeTeamTime::people).sum();
        long participants = enrolled > 0 ? enrolled : cohort.getCapacity();
        int checkInsEach = CapacityPlan.checkInsOver(cohort.getStartDate(), cohort.getEndDate(), cadenceDays);
        List<CapacityPlan.MentorLoad> mentors = new ArrayList<>();
        for (DashboardQueries.MentorLoadRow row : queries.mentorLoads(cohortId)) {
            BigDecimal now = row.checkInsPerWeekNow().multiply(minutesToHours(checkInLength)).setScale(1, RoundingMode.HALF_UP);
            BigDecimal added = CapacityPlan.hoursPerWeek(row.menteesInCohort(), checkInLength, cadenceDays);
            mentors.add(new CapacityPlan.MentorLoad(row.mentorId(), row.name(), row.activeMentees(), row.menteesInCohort(),
                    now, now.add(added)));
        }
        return new CapacityPlan(cohortId, cohort.getName(), cohort.getStartDate(), cohort.getEndDate(), participants,
                enrolled == 0, checkInLength, checkInsEach, CapacityPlan.hours(participants * checkInsEach, checkInLength),
                CapacityPlan.hoursPerWeek(participants, checkInLength, cadenceDays), mentors, homeTeams);
    }

    private static BigDecimal minutesToHours(Duration length) {
        return BigDecimal.valueOf(length.toMinutes()).divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP);
    }

    private static CohortKpis kpis(CohortSummary cohort, Map<Long, List<KpiRow>> rows) {
        return CohortKpis.of(cohort.id(), cohort.name(), cohort.startDate(), cohort.endDate(),
                rows.getOrDefault(cohort.id(), List.of()));
    }

    static CohortSummary defaultCohort(List<CohortSummary> all, LocalDate today) {
        return all.stream().filter(c -> c.statusOn(today) == CohortStatus.ACTIVE).max(Comparator.comparing(CohortSummary::startDate))
                .or(() -> all.stream().filter(c -> c.statusOn(today) == CohortStatus.PLANNED).min(Comparator.comparing(CohortSummary::startDate)))
                .or(() -> all.stream().filter(c -> c.statusOn(today) == CohortStatus.COMPLETED).max(Comparator.comparing(CohortSummary::endDate)))
                .orElse(null);
    }
}
