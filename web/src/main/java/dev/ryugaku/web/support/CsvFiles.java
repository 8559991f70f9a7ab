package dev.ryugaku.web.support;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV downloads as Excel opens them: UTF-8 with a BOM (so that Japanese shows correctly), and typed
 * text that cannot turn into a formula.
 */
public final class CsvFiles {

    private static final String BOM = "\uFEFF";

    /** Writes the records of one file. */
    @FunctionalInterface
    public interface Records {
        void print(CSVPrinter csv) throws IOException;
    }

    private CsvFiles() {
    }

    /** The file's bytes: the BOM, then the records in Excel's dialect. */
    public static byte[] write(Records records) {
        StringWriter text = new StringWriter();
        text.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.EXCEL)) {
            records.print(csv);
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

    /** A download that builds its content when it is clicked, with the user's rights at that moment. */
    public static DownloadHandler download(String fileName, String contentType, Supplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        });
    }

    /** {@link #download} of a CSV file. */
    public static DownloadHandler csv(String fileName, Supplier<byte[]> content) {
        return download(fileName, "text/csv; charset=UTF-8", content);
    }
}
