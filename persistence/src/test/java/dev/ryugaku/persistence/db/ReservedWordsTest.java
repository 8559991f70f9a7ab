package dev.ryugaku.persistence.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.persistence.PersistenceTestApplication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Production runs MySQL 8.4, development MariaDB: no table or column may be named with a word MySQL
 * 8.4 reserves, or every unquoted query naming it breaks there only. The names come from the schema
 * Liquibase built, so a new changeset is checked as soon as it exists.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class ReservedWordsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noTableOrColumnIsNamedWithAMySql84ReservedWord() throws IOException {
        Set<String> reserved = mySql84ReservedWords();
        List<String> names = jdbc.queryForList("""
                select concat(table_name, '.', column_name) from information_schema.columns
                where table_schema = database()
                union
                select table_name from information_schema.tables where table_schema = database()
                """, String.class);

        assertThat(names).hasSizeGreaterThan(50);
        assertThat(names).filteredOn(name -> name.contains("."))
                .extracting(name -> name.substring(name.indexOf('.') + 1)).contains("display_name");
        assertThat(names).filteredOn(name -> reserved.contains(unqualified(name).toUpperCase(Locale.ROOT)))
                .as("tables and columns named with MySQL 8.4 reserved words").isEmpty();
        assertThat(names).filteredOn(name -> name.contains(".")).filteredOn(name -> reserved.contains(
                        name.substring(0, name.indexOf('.')).toUpperCase(Locale.ROOT)))
                .as("tables named with MySQL 8.4 reserved words").isEmpty();
    }

    private static String unqualified(String name) {
        return name.substring(name.indexOf('.') + 1);
    }

    private static Set<String> mySql84ReservedWords() throws IOException {
        try (InputStream list = ReservedWordsTest.class.getResourceAsStream("/mysql-8.4-reserved-words.txt")) {
            Set<String> words = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toSet());
            assertThat(words).contains("GROUP", "RANK", "QUALIFY", "TABLESAMPLE");
            return words;
        }
    }
}
