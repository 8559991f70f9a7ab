package dev.ryugaku.web.worklog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.ryugaku.core.worklog.ExportRow;
import dev.ryugaku.web.support.CsvFiles;
import dev.ryugaku.web.support.CsvTables;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** Work-log exports as CSV (see {@link CsvFiles}), headers in the user's language. */
final class WorkLogCsv {

    private WorkLogCsv() {
    }

    static byte[] write(List<ExportRow> rows, Component translator) {
        List<String> header = List.of("cohort", "participant", "date", "category", "minutes", "toil", "incidentRole", "task", "note")
                .stream().map(column -> translator.getTranslation("worklog.csv." + column)).toList();
        return CsvTables.write(header, rows.stream().map(row -> Arrays.asList(row.cohortName(), row.personName(), row.date(),
                translator.getTranslation(row.category().messageKey()), row.minutes(),
                translator.getTranslation(row.toil() ? "worklog.csv.yes" : "worklog.csv.no"),
                row.incidentRole() == null ? "" : translator.getTranslation(row.incidentRole().messageKey()),
                row.taskTitle(), row.note())).toList());
    }

    /** A download that reads the rows when it is clicked, with the user's rights at that moment. */
    static DownloadHandler download(String fileName, Supplier<List<ExportRow>> rows, Component translator) {
        return CsvFiles.csv(fileName, () -> write(rows.get(), translator));
    }
}
