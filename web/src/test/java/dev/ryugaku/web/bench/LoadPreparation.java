package dev.ryugaku.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Readies the "large" database for the load test (bench/load.sh; not part of the test run): generates
 * it if empty, gives its generated people a password (the generator writes none, so nobody could sign
 * in through the form), and writes who the simulated users are to bench/data/load/*.csv. Bench data
 * only: these accounts exist in no other database.
 */
class LoadPreparation {

    /** The generated people's password, in the bench database only. */
    static final String PASSWORD = "bench-load-password";

    @Test
    void prepareTheLargeDatabaseForTheLoadTest() throws IOException {
        Path feeders = BenchApp.dataDirectory().resolve("load");
        Files.createDirectories(feeders);
        try (ConfigurableApplicationContext context = BenchApp.start(Scale.LARGE)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.update("UPDATE person SET password_hash = ? WHERE password_hash IS NULL AND login_name LIKE 'bench%@example.com'",
                    context.getBean(PasswordEncoder.class).encode(PASSWORD));
            write(feeders.resolve("owners.csv"), "", jdbc.queryForList("""
                    SELECT p.login_name FROM person p JOIN person_role r ON r.person_id = p.id
                    WHERE r.role = 'PROGRAM_OWNER' ORDER BY p.id""", String.class));
            write(feeders.resolve("participants.csv"), "", jdbc.queryForList("""
                    SELECT p.login_name FROM enrollment e JOIN person p ON p.id = e.person_id
                    WHERE e.status = 'ACTIVE' ORDER BY e.id""", String.class));
            // each mentor with an active mentee: that mentee's rotation (the week review) and its latest held check-in
            write(feeders.resolve("mentors.csv"), ",rotation,checkIn", jdbc.query("""
                    SELECT p.login_name, e.id,
                           (SELECT MAX(c.id) FROM check_in c WHERE c.enrollment_id = e.id AND c.status = 'HELD') AS check_in
                    FROM enrollment e JOIN person p ON p.id = e.primary_mentor_id
                    WHERE e.id = (SELECT MIN(f.id) FROM enrollment f WHERE f.primary_mentor_id = e.primary_mentor_id
                                  AND f.status = 'ACTIVE')
                    ORDER BY p.id""", (row, i) -> row.getString(1) + "," + row.getLong(2) + "," + row.getLong(3)));
        }
        assertThat(Files.readAllLines(feeders.resolve("participants.csv"))).hasSizeGreaterThan(100);
        System.out.println("Wrote the load test's users to " + feeders + " (password " + PASSWORD + ")");
    }

    /** One simulated user a line: the login and the password, then the columns named by {@code moreColumns}. */
    private static void write(Path file, String moreColumns, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("login,password" + moreColumns);
        for (String row : rows) {
            int loginEnd = row.indexOf(',');
            lines.add(loginEnd < 0 ? row + "," + PASSWORD : row.substring(0, loginEnd) + "," + PASSWORD + row.substring(loginEnd));
        }
        Files.write(file, lines);
    }
}
