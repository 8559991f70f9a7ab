package dev.ryugaku.web.reminder;

import dev.ryugaku.core.reminder.ReminderService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminder mails. Daily (08:00 in Asia/Tokyo unless configured): record the reminders due and send
 * them. Every ten minutes: send what a failing mail server left pending. Both take the same
 * ShedLock lock, so on several replicas one runs at a time; the outbox's unique key and row locks
 * keep a reminder from going out twice even without it.
 */
@Component
public class ReminderJob {

    static final String LOCK = "reminders";
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;
    private final Counter sent;
    private final Counter failed;
    private final Counter skipped;

    ReminderJob(ReminderService reminders, MeterRegistry meters) {
        this.reminders = reminders;
        this.sent = counter(meters, "sent");
        this.failed = counter(meters, "failed");
        this.skipped = counter(meters, "skipped");
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("ryugaku.reminders").description("Reminder mails by outcome of the send attempt")
                .tag("outcome", outcome).register(meters);
    }

    @Scheduled(cron = "${ryugaku.jobs.reminders.cron:0 0 8 * * *}", zone = "${ryugaku.jobs.reminders.zone:Asia/Tokyo}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    public void run() {
        int recorded = reminders.recordDue();
        if (recorded > 0) {
            log.info("Recorded {} reminders due", recorded);
        }
        send();
    }

    @Scheduled(cron = "${ryugaku.jobs.reminder-retries.cron:0 */10 * * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    public void retry() {
        send();
    }

    private void send() {
        ReminderService.SendReport report = reminders.sendPending();
        sent.increment(report.sent());
        failed.increment(report.failed());
        skipped.increment(report.skipped());
        if (report.sent() + report.failed() + report.skipped() > 0) {
            log.info("Reminder mails: {} sent, {} failed (tried again later), {} skipped", report.sent(), report.failed(),
                    report.skipped());
        }
    }
}
