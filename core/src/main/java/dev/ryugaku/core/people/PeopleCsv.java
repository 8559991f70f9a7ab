package dev.ryugaku.core.people;

import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.PlainText;
import dev.ryugaku.core.shared.Violation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a people CSV file ({@code email,display_name,team,roles,locale}, UTF-8 with or without the
 * BOM that Excel writes) into rows, checking what can be checked without the database.
 */
final class PeopleCsv {

    static final List<String> HEADER = List.of("email", "display_name", "team", "roles", "locale");
    /** The input property each column fills, for the field of a violation. */
    private static final List<String> FIELDS = List.of("email", "displayName", "team", "roles", "locale");
    static final int MAX_ROWS = 1000;
    private static final char BOM = '\uFEFF';

    /** The rows, or the problems of the file as a whole. */
    record Parsed(List<ImportRow> rows, List<Violation> fileProblems) {
    }

    private PeopleCsv() {
    }

    static Parsed parse(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return fileProblem(ImportProblem.FILE_NOT_UTF8);
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return fileProblem(ImportProblem.FILE_EMPTY);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                lines.add(firstLineOf(record, parser.getCurrentLineNumber()));
            }
            if (records.isEmpty()) {
                return fileProblem(ImportProblem.FILE_EMPTY);
            }
            List<String> header = records.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(HEADER)) {
                return new Parsed(List.of(), List.of(Violation.of("", ImportProblem.HEADER_INVALID, String.join(",", HEADER))));
            }
            if (records.size() - 1 > MAX_ROWS) {
                return fileProblem(ImportProblem.TOO_MANY_ROWS, MAX_ROWS);
            }
            List<ImportRow> rows = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                rows.add(row(records.get(i), lines.get(i)));
            }
            if (rows.isEmpty()) {
                return fileProblem(ImportProblem.NOTHING_TO_IMPORT);
            }
            return new Parsed(rows, List.of());
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            return fileProblem(ImportProblem.FILE_UNREADABLE);
        }
    }

    /**
     * The line of the file a record starts on, as a spreadsheet shows it: the parser reports where
     * the record ended, so line breaks inside quoted values are counted back.
     */
    private static int firstLineOf(CSVRecord record, long lastLineRead) {
        long breaksInside = record.stream().mapToLong(value -> value.chars().filter(c -> c == '\n').count()).sum();
        return (int) (lastLineRead - breaksInside);
    }

    private static ImportRow row(CSVRecord record, int line) {
        String email = field(record, 0);
        String displayName = field(record, 1);
        String team = field(record, 2);
        List<Violation> problems = new ArrayList<>();

        PersonDraft draft = new PersonDraft();
        draft.setEmail(email);
        draft.setDisplayName(displayName);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : field(record, 3).split("[;|\\s]+")) {
            if (name.isBlank()) {
                continue;
            }
            Role role = role(name);
            if (role == null) {
                problems.add(Violation.of("roles", PersonProblem.ROLE_UNKNOWN, name));
            } else {
                roles.add(role);
            }
        }
        draft.setRoles(roles);
        String language = field(record, 4).toLowerCase(Locale.ROOT);
        Locale locale = Locale.forLanguageTag(language.isEmpty() ? "ja" : language);
        draft.setLocale(locale);
        problems.addAll(0, PersonRules.check(draft).stream()
                .filter(v -> !(v.reason() == PersonProblem.ROLES_REQUIRED && !problems.isEmpty()))
                .toList());
        // the display name is covered by PersonRules; the other columns are checked here
        for (int column : new int[] {0, 2, 3, 4}) {
            if (PlainText.hasControlCharacters(field(record, column))) {
                problems.add(Violation.of(FIELDS.get(column), ImportProblem.CONTROL_CHARACTERS, HEADER.get(column)));
            }
        }
        return new ImportRow(line, email, displayName, team, roles, locale, problems);
    }

    private static Role role(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        if ("OWNER".equals(upper)) {
            return Role.PROGRAM_OWNER;
        }
        for (Role role : Role.values()) {
            if (role.name().equals(upper)) {
                return role;
            }
        }
        return null;
    }

    private static String field(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).strip() : "";
    }

    private static Parsed fileProblem(ImportProblem problem, Object... arguments) {
        return new Parsed(List.of(), List.of(Violation.of("", problem, arguments)));
    }
}
