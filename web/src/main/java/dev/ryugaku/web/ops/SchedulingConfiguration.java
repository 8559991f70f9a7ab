package dev.ryugaku.web.ops;

import dev.ryugaku.web.support.DatabaseUnavailable;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run on every replica's scheduler, but each run takes a ShedLock lock in the
 * database first, so only one replica does the work. Lock times come from the database clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
// ShedLock's advisor runs first, so that the job metrics (JobMetricsConfiguration) see only runs holding the lock
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", order = JobMetricsConfiguration.ORDER - 1)
class SchedulingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

    /**
     * A job that finds the database unreachable skips its run with one WARN line (no stack trace
     * every quarter of an hour of an outage) and runs again at its next time; its work was
     * transactional, so nothing is half done. Any other failure is logged in full.
     */
    @Bean
    ThreadPoolTaskSchedulerCustomizer jobsSkipWhileTheDatabaseIsUnavailable() {
        return scheduler -> scheduler.setErrorHandler(failure -> {
            if (DatabaseUnavailable.isCauseOf(failure)) {
                log.warn("Scheduled job skipped, the database is unavailable (next run tries again): {}",
                        DatabaseUnavailable.summary(failure));
            } else {
                log.error("Scheduled job failed", failure);
            }
        });
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                // named, not detected: detection needs the database, and a job's first run may meet an outage
                .withDatabaseProduct(DatabaseProduct.MY_SQL)
                .usingDbTime()
                .build());
    }
}
