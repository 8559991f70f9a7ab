package dev.ryugaku.web.ops;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Times every {@code @Scheduled} method of the application. The advisor runs inside ShedLock's
 * (whose order {@link SchedulingConfiguration} sets lower), so only runs that hold the lock count.
 */
@Configuration(proxyBeanMethods = false)
class JobMetricsConfiguration {

    static final int ORDER = Ordered.LOWEST_PRECEDENCE;

    @Bean
    static ScheduledJobMetrics scheduledJobMetrics(org.springframework.beans.factory.ObjectProvider<MeterRegistry> meters,
            org.springframework.beans.factory.ObjectProvider<Clock> clock) {
        return new ScheduledJobMetrics(meters::getObject, clock::getObject);
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor scheduledJobMetricsAdvisor(ScheduledJobMetrics metrics) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(null, Scheduled.class, true), metrics);
        advisor.setOrder(ORDER);
        return advisor;
    }

    /** Registers every job's series at start: dashboards and rules see zeros, not gaps. */
    @Bean
    SmartInitializingSingleton registerScheduledJobs(ApplicationContext context, ScheduledJobMetrics metrics,
            Environment environment) {
        return () -> {
            for (String name : context.getBeanDefinitionNames()) {
                Class<?> type = context.getType(name);
                if (type != null && type.getName().startsWith("dev.ryugaku.")) {
                    metrics.register(org.springframework.util.ClassUtils.getUserClass(type), environment);
                }
            }
        };
    }
}
