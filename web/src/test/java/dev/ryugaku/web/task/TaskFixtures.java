package dev.ryugaku.web.task;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Ids of the demo program's tasks, read straight from the database. */
@Component
public class TaskFixtures {

    private final JdbcTemplate jdbc;

    TaskFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long idOf(String title) {
        return jdbc.queryForObject("select id from improvement_task where title = ?", Long.class, title);
    }
}
