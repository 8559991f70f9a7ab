package dev.ryugaku.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.security.Role;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PeopleCsvTest {

    private static final String HEADER = "email,display_name,team,roles,locale\n";

    private static PeopleCsv.Parsed parse(String text) {
        return PeopleCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problemsOf(ImportRow row) {
        return row.problems().stream().map(v -> v.field() + ":" + ((PersonProblem) v.reason()).name()).toList();
    }

    @Test
    void readsRowsWithTheirLineNumbers() {
        var parsed = parse(HEADER + "tanaka@example.com,田中 太郎,決済チーム,PARTICIPANT,ja\n"
                + "smith@example.com,Alex Smith,SREチーム,MENTOR;PROGRAM_OWNER,en\n");
        assertThat(parsed.fileProblems()).isEmpty();
        assertThat(parsed.rows()).extracting(ImportRow::line).containsExactly(2, 3);
        ImportRow smith = parsed.rows().get(1);
        assertThat(smith.roles()).containsExactlyInAnyOrder(Role.MENTOR, Role.PROGRAM_OWNER);
        assertThat(smith.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(smith.isValid()).isTrue();
    }

    @Test
    void lineNumbersAreTheFilesLinesEvenWithBlankLinesAndLineBreaksInQuotes() {
        var parsed = parse(HEADER + "\n" + "a@example.com,\"二行の\n名前\",,PARTICIPANT,ja\n" + "\n"
                + "b@example.com,B,,PARTICIPANT,ja\n");
        assertThat(parsed.rows()).extracting(ImportRow::line).containsExactly(3, 6);
    }

    @Test
    void acceptsTheByteOrderMarkExcelWrites() {
        var parsed = parse("\uFEFF" + HEADER + "tanaka@example.com,田中 太郎,,participant,\n");
        assertThat(parsed.fileProblems()).isEmpty();
        assertThat(parsed.rows().getFirst().locale()).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void quotedFieldsMayHoldCommas() {
        var parsed = parse(HEADER + "kato@example.com,\"加藤, 拓海\",決済チーム,PARTICIPANT,ja\n");
        assertThat(parsed.rows().getFirst().displayName()).isEqualTo("加藤, 拓海");
    }

    @Test
    void namesWhatIsWrongWithEachRow() {
        var parsed = parse(HEADER + "not-an-address,,決済チーム,ADMIN,fr\n" + "ok@example.com,名前,,,ja\n");
        assertThat(problemsOf(parsed.rows().get(0)))
                .containsExactlyInAnyOrder("roles:ROLE_UNKNOWN", "displayName:DISPLAY_NAME_REQUIRED",
                        "email:EMAIL_INVALID", "locale:LOCALE_UNSUPPORTED");
        assertThat(problemsOf(parsed.rows().get(1))).containsExactly("roles:ROLES_REQUIRED");
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] shiftJis = (HEADER + "tanaka@example.com,田中 太郎,,PARTICIPANT,ja\n").getBytes(Charset.forName("Shift_JIS"));
        assertThat(PeopleCsv.parse(shiftJis).fileProblems()).extracting(v -> v.reason())
                .containsExactly(ImportProblem.FILE_NOT_UTF8);
    }

    @Test
    void refusesAWrongHeaderAndAnEmptyFile() {
        assertThat(parse("mail,name\nx@example.com,X\n").fileProblems()).extracting(v -> v.reason())
                .containsExactly(ImportProblem.HEADER_INVALID);
        assertThat(parse("").fileProblems()).extracting(v -> v.reason()).containsExactly(ImportProblem.FILE_EMPTY);
        assertThat(parse(HEADER).fileProblems()).extracting(v -> v.reason())
                .containsExactly(ImportProblem.NOTHING_TO_IMPORT);
    }

    @Test
    void refusesMoreThanAThousandRows() {
        String rows = "x@example.com,X,,PARTICIPANT,ja\n".repeat(PeopleCsv.MAX_ROWS + 1);
        assertThat(parse(HEADER + rows).fileProblems()).extracting(v -> v.reason())
                .containsExactly(ImportProblem.TOO_MANY_ROWS);
    }

    @Test
    void controlCharactersInAnyFieldAreRefusedWithTheirLine() {
        var parsed = parse(HEADER + "ok@example.com,\"二行の\n名前\",,PARTICIPANT,ja\n"
                + "tab@example.com,田中 太郎,\"決済\tチーム\",PARTICIPANT,ja\n"
                + "fine@example.com,山田 花子,,PARTICIPANT,ja\n");
        assertThat(parsed.rows()).extracting(ImportRow::line).containsExactly(2, 4, 5);
        assertThat(parsed.rows().get(0).problems()).extracting(v -> v.field() + ":" + v.reason())
                .containsExactly("displayName:DISPLAY_NAME_CONTROL_CHARACTERS");
        assertThat(parsed.rows().get(1).problems()).extracting(v -> v.field() + ":" + v.reason() + ":" + v.arguments())
                .containsExactly("team:CONTROL_CHARACTERS:[team]");
        assertThat(parsed.rows().get(2).isValid()).isTrue();
    }
}
