package dev.ryugaku.persistence.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.persistence.PersistenceTestApplication;
import dev.ryugaku.persistence.TestData;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PersistenceTestApplication.class)
@Transactional
class Utf8mb4RoundTripTest {

    private static final String NAME = "第2期 SRE留学 🚀";

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void japaneseTextAndEmojiRoundTripThroughJpa() {
        Cohort saved = TestData.cohort(em, NAME, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31),
                TestData.team(em, TeamKind.SRE));
        em.flush();
        em.clear();

        assertThat(em.find(Cohort.class, saved.getId()).getName()).isEqualTo(NAME);
        assertThat(jdbc.queryForObject("select name from cohort where id = ?", String.class, saved.getId()))
                .isEqualTo(NAME);
        assertThat(jdbc.queryForObject("select char_length(name) from cohort where id = ?", Integer.class,
                saved.getId())).isEqualTo(NAME.codePointCount(0, NAME.length()));
    }

    @Test
    void theConnectionAndTablesSpeakUtf8mb4() {
        assertThat(jdbc.queryForObject("select @@character_set_connection", String.class)).isEqualTo("utf8mb4");
        assertThat(jdbc.queryForList("""
                select table_collation from information_schema.tables
                where table_schema = database() and table_name not like 'DATABASECHANGELOG%'
                """, String.class)).isNotEmpty().allMatch("utf8mb4_unicode_ci"::equals);
    }
}
