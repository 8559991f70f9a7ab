package dev.ryugaku.web.ops;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
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

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
