package dev.ryugaku.web.dashboard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import dev.ryugaku.web.support.CsvFiles;
import dev.ryugaku.web.support.CsvTables;
import java.math.BigDecimal;
import java.util.List;

/**
 * A table of figures with its CSV download: what the grid shows is what the file holds. The link says
 * what the file holds ("状態別の参加者（CSV）"); the file is named by {@link DownloadNaming}. A table
 * takes its card's width; one wider than that scrolls inside it.
 */
class ExportableTable extends Div {

    private static final int ROWS_SHOWN_WHOLE = 12;
    private static final int NARROW_COLUMNS = 4;

    private final List<String> header;
    private final List<List<Object>> rows;

    /** A table with a heading, which also names its download. */
    ExportableTable(String id, String title, DownloadNaming naming, List<String> header, List<List<Object>> rows) {
        this(id, title, title, naming, header, rows);
    }

    /**
     * @param title shown above the table; null for none
     * @param what  what the table holds, for its download's label and file name
     */
    ExportableTable(String id, String title, String what, DownloadNaming naming, List<String> header,
                    List<List<Object>> rows) {
        this.header = header;
        this.rows = rows;
        setId(id);
        addClassName("dashboard-table");
        if (title != null) {
            add(new H3(title));
        }
        Grid<List<Object>> grid = new Grid<>();
        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // narrow tables share their card's width (labels wrap, values stay whole); wide ones size to content and scroll
        boolean wide = header.size() > NARROW_COLUMNS;
        for (int column = 0; column < header.size(); column++) {
            int index = column;
            Grid.Column<List<Object>> added = grid.addColumn(row -> text(row.get(index))).setHeader(header.get(column));
            if (wide) {
                added.setAutoWidth(true);
            } else {
                added.setFlexGrow(column == 0 ? 2 : 1);
            }
        }
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation("dashboard.noData"));
        if (rows.size() <= ROWS_SHOWN_WHOLE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("26em");
        }
        add(grid, csvLink(id, what, naming, header, rows));
    }

    /** The download link of a table shown elsewhere (e.g. a card with links), with id {@code <id>-csv}. */
    static Anchor csvLink(String id, String what, DownloadNaming naming, List<String> header, List<List<Object>> rows) {
        String fileName = naming.fileName(what);
        Anchor csv = new Anchor(CsvFiles.csv(fileName, () -> CsvTables.write(header, rows)), "");
        csv.setText(csv.getTranslation("dashboard.csvOf", what));
        csv.setId(id + "-csv");
        // the name the browser saves under, also when it does not read the response's header
        csv.getElement().setAttribute("download", fileName);
        return csv;
    }

    /** The file the download link serves: the same header and rows as the grid. */
    byte[] csv() {
        return CsvTables.write(header, rows);
    }

    static String text(Object value) {
        return switch (value) {
            case null -> "—";
            case BigDecimal decimal -> decimal.stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
    }
}
