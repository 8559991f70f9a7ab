package dev.ryugaku.web.support;

import java.util.List;

/** A table (header and rows) as a CSV file for Excel (see {@link CsvFiles}); text cells cannot become formulas. */
public final class CsvTables {

    private CsvTables() {
    }

    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        return CsvFiles.write(csv -> {
            csv.printRecord(header);
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(cell -> cell instanceof String typed ? CsvFiles.asText(typed) : cell).toList());
            }
        });
    }
}
