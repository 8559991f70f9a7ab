package dev.ryugaku.web.dashboard;

import dev.ryugaku.core.dashboard.FinishedCohortFigures;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour: stores the dashboard figures of cohorts that have finished (and again after a write
 * dropped them), so that comparing finished cohorts reads their stored figures (decision 0026).
 * Until it has run, the dashboard computes them: the page is slower, never wrong.
 */
@Component
public class FinishedCohortFiguresJob {

    static final String LOCK = "finished-cohort-figures";
    private static final Logger log = LoggerFactory.getLogger(FinishedCohortFiguresJob.class);

    private final FinishedCohortFigures figures;

    FinishedCohortFiguresJob(FinishedCohortFigures figures) {
        this.figures = figures;
    }

    @Scheduled(cron = "${ryugaku.jobs.finished-cohort-figures.cron:0 5 * * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void run() {
        List<Long> stored = figures.storeFinished();
        if (!stored.isEmpty()) {
            log.info("Stored the dashboard figures of {} finished cohorts", stored.size());
        }
    }
}
