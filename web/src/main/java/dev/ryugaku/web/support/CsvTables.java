package dev.ryugaku.web.support;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Tables as CSV downloads: UTF-8 with a BOM so that Excel opens Japanese correctly, and typed text
 * that Excel would run as a formula made harmless.
 */
public final class CsvTables {

    private static final String BOM = "\uFEFF";

    private CsvTables() {
    }

    /** The header and rows as CSV bytes; text cells go through {@link #asText}. */
    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        StringWriter text = new StringWriter();
        text.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.EXCEL)) {
            csv.printRecord(header);
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(cell -> cell instanceof String typed ? asText(typed) : cell).toList());
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
    public static String asText(String typed) {
        if (typed == null || typed.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(typed.charAt(0)) >= 0 ? "'" + typed : typed;
    }

    /** A download that builds the file when it is clicked, with the user's rights at that moment. */
    public static DownloadHandler download(String fileName, Supplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv; charset=UTF-8", bytes.length);
        });
    }
}
