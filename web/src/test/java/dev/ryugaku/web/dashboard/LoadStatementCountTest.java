package dev.ryugaku.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.dashboard.DashboardService;
import dev.ryugaku.core.dashboard.Homes;
import dev.ryugaku.core.task.TaskFilter;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.core.worklog.WorkWeekService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.StatementCount;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The loads the benchmark measures (docs/performance.md) cost a fixed, small number of SQL
 * statements: an N+1 creeping into any of them fails here, on the small demo data.
 */
@RyugakuTest
class LoadStatementCountTest {

    /** The budget of every measured load. */
    static final int MAX_STATEMENTS = 8;

    @Autowired
    Homes homes;

    @Autowired
    DashboardService dashboards;

    @Autowired
    WorkWeekService workWeeks;

    @Autowired
    TaskService tasks;

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    StatementCount statementCount;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long statements(Supplier<?> load) {
        return statementCount.of(load);
    }

    @Test
    void theDashboardStaysWithinTheBudget() {
        signIn.as(DemoPeople.OWNER);
        assertThat(statements(() -> dashboards.dashboard(null))).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void theMentorsHomeStaysWithinTheBudget() {
        signIn.as(DemoPeople.MENTOR);
        long count = statements(homes::mentorHome);
        assertThat(count).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void theParticipantsHomeStaysWithinTheBudget() {
        signIn.as(DemoPeople.PARTICIPANT);
        long count = statements(homes::participantHome);
        assertThat(count).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void theWeekViewStaysWithinTheBudget() {
        long rotation = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        signIn.as(DemoPeople.PARTICIPANT);
        long count = statements(() -> workWeeks.week(rotation, LocalDate.now(ZoneId.of("Asia/Tokyo")).minusWeeks(1)));
        assertThat(count).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void theTaskBoardStaysWithinTheBudget() {
        signIn.as(DemoPeople.MENTOR);
        long count = statements(() -> tasks.board(TaskFilter.any()));
        assertThat(count).isLessThanOrEqualTo(MAX_STATEMENTS);
    }
}
