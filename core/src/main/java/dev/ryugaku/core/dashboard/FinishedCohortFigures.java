package dev.ryugaku.core.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A finished cohort's figures no longer change unless someone writes to its data, so they are stored
 * once and read from there; the dashboard computes the others (and these, until stored). Exact by
 * construction: a write drops the stored figures in its own transaction (decision 0026).
 */
@Service
public class FinishedCohortFigures {

    private final DashboardQueries queries;
    private final Clock clock;

    public FinishedCohortFigures(DashboardQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Stores the figures of every cohort that has finished in every time zone and has none stored; returns their ids. */
    @Transactional
    public List<Long> storeFinished() {
        Instant now = clock.instant();
        // a day before today in UTC is over everywhere, whatever the reader's time zone
        LocalDate endedBefore = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        return queries.storeFinishedCohortFigures(endedBefore, now);
    }
}
