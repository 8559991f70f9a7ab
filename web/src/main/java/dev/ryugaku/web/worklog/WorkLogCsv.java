package dev.ryugaku.web.worklog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.ryugaku.core.worklog.ExportRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Work-log exports as CSV: UTF-8 with a BOM so that Excel opens Japanese correctly, headers in the user's language. */
final class WorkLogCsv {

    private static final String BOM = "\uFEFF";

    private WorkLogCsv() {
    }

    static byte[] write(List<ExportRow> rows, Component translator) {
        StringWriter text = new StringWriter();
        text.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.EXCEL)) {
            csv.printRecord(List.of("cohort", "participant", "date", "category", "minutes", "toil", "incidentRole", "task", "note")
                    .stream().map(column -> translator.getTranslation("worklog.csv." + column)).toList());
            for (ExportRow row : rows) {
                csv.printRecord(asText(row.cohortName()), asText(row.personName()), row.date(),
                        translator.getTranslation(row.category().messageKey()), row.minutes(),
                        translator.getTranslation(row.toil() ? "worklog.csv.yes" : "worklog.csv.no"),
                        row.incidentRole() == null ? "" : translator.getTranslation(row.incidentRole().messageKey()),
                        asText(row.taskTitle()), asText(row.note()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Typed text as a spreadsheet shows it: a leading =, +, - or @ would make Excel run it as a
     * formula (CSV injection), so such text is prefixed with an apostrophe, which Excel hides.
     */
    static String asText(String typed) {
        if (typed == null || typed.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(typed.charAt(0)) >= 0 ? "'" + typed : typed;
    }

    /** A download that reads the rows when it is clicked, with the user's rights at that moment. */
    static DownloadHandler download(String fileName, Supplier<List<ExportRow>> rows, Component translator) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] content = write(rows.get(), translator);
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, "text/csv; charset=UTF-8", content.length);
        });
    }
}
