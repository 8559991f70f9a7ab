package dev.ryugaku.core.people;

import dev.ryugaku.core.shared.Violation;
import java.util.List;

/** What importing a file would do: every row's result, or why the file cannot be read at all. */
public record ImportPreview(List<ImportRow> rows, List<Violation> fileProblems) {

    public ImportPreview {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
    }

    /** All or nothing: one bad row stops the whole import. */
    public boolean isImportable() {
        return fileProblems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(ImportRow::isValid);
    }

    public long invalidRows() {
        return rows.stream().filter(row -> !row.isValid()).count();
    }
}
