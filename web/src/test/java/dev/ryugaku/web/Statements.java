package dev.ryugaku.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.stereotype.Component;

/** Counts the SQL statements a call prepares, for tests that guard against N+1 queries. */
@Component
public class Statements {

    private final EntityManagerFactory entityManagerFactory;

    Statements(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** How many statements the load prepared; it must return something. */
    public long of(Supplier<?> load) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(load.get()).isNotNull();
        return statistics.getPrepareStatementCount();
    }
}
