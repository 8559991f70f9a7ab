package dev.ryugaku.web.enrollment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Ids of the demo program's records, read straight from the database as an attacker would guess them. */
@Component
public class EnrollmentFixtures {

    private final JdbcTemplate jdbc;

    EnrollmentFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the person's enrollment (by login name) in the named cohort. */
    public long idOf(String login, String cohortName) {
        return jdbc.queryForObject("""
                select e.id from enrollment e join person p on p.id = e.person_id join cohort c on c.id = e.cohort_id
                where p.login_name = ? and c.name = ?
                """, Long.class, login, cohortName);
    }

    public long cohortId(String cohortName) {
        return jdbc.queryForObject("select id from cohort where name = ?", Long.class, cohortName);
    }

    public long personId(String login) {
        return jdbc.queryForObject("select id from person where login_name = ?", Long.class, login);
    }
}
