package dev.ryugaku.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.stereotype.Component;

/** How many SQL statements a read costs (Hibernate statistics are on in the test profile): for N+1 checks. */
@Component
public class StatementCount {

    private final EntityManagerFactory entityManagerFactory;

    StatementCount(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** The statements prepared while {@code load} runs; its result must not be null. */
    public long of(Supplier<?> load) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(load.get()).isNotNull();
        return statistics.getPrepareStatementCount();
    }
}
