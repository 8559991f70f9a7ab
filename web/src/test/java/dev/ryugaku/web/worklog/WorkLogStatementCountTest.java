package dev.ryugaku.web.worklog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.worklog.WorkWeekService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.StatementCount;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The week view and the rotation's weekly aggregate cost the same number of SQL statements whether
 * a rotation has a few entries or hundreds: the aggregation happens in the database.
 */
@RyugakuTest
class WorkLogStatementCountTest {

    @Autowired
    WorkWeekService workWeeks;

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
    void theWeeklyAggregateIsOneQueryWhateverTheRotationsLength() {
        long longRotation = fixtures.idOf(DemoPeople.GRADUATE, "第1期");
        long shortRotation = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        signIn.as(DemoPeople.OWNER);
        long forLong = statementCount.of(() -> workWeeks.weeks(longRotation));
        long forShort = statementCount.of(() -> workWeeks.weeks(shortRotation));
        assertThat(workWeeks.weeks(longRotation).size()).isGreaterThan(3 * workWeeks.weeks(shortRotation).size() / 2);
        assertThat(forLong).isEqualTo(forShort).isLessThanOrEqualTo(3);
    }

    @Test
    void aWeekCostsTheSameWithFewOrManyEntries() {
        long rotation = fixtures.idOf(DemoPeople.GRADUATE, "第1期");
        signIn.as(DemoPeople.OWNER);
        long busyWeek = statementCount.of(() -> workWeeks.week(rotation, LocalDate.of(2026, 6, 10)));
        long emptyWeek = statementCount.of(() -> workWeeks.week(rotation, LocalDate.of(2026, 3, 10)));
        assertThat(busyWeek).isEqualTo(emptyWeek).isLessThanOrEqualTo(8);
    }

    @Test
    void toilFlagsCostTheSameForOneRotationOrAll(@Autowired JdbcTemplate jdbc) {
        List<Long> all = jdbc.queryForList("select id from enrollment", Long.class);
        assertThat(all).hasSizeGreaterThan(3);
        signIn.as(DemoPeople.OWNER);
        long forOne = statementCount.of(() -> workWeeks.toilFlags(all.subList(0, 1)));
        long forAll = statementCount.of(() -> workWeeks.toilFlags(all));
        assertThat(forAll).isEqualTo(forOne).isLessThanOrEqualTo(4);
    }
}
