package dev.ryugaku.web.checkin;

import dev.ryugaku.core.checkin.CheckInPlanningService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every quarter of an hour: check-ins left unrecorded three days after their time become MISSED. */
@Component
public class MissedCheckInsJob {

    static final String LOCK = "missed-check-ins";
    private static final Logger log = LoggerFactory.getLogger(MissedCheckInsJob.class);

    private final CheckInPlanningService checkIns;

    MissedCheckInsJob(CheckInPlanningService checkIns) {
        this.checkIns = checkIns;
    }

    @Scheduled(cron = "${ryugaku.jobs.missed-check-ins.cron:0 */15 * * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M")
    public void run() {
        int missed = checkIns.markUnrecordedAsMissed();
        if (missed > 0) {
            log.info("Marked {} unrecorded check-ins as missed", missed);
        }
    }
}
