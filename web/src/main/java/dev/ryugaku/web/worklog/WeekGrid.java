package dev.ryugaku.web.worklog;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.AttachEvent;
import dev.ryugaku.core.worklog.GridCell;
import dev.ryugaku.core.worklog.WeekView;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.ScrollRegions;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The week grid: minutes per category (rows) per day (columns), with the totals of the service's
 * week. It knows what the user saw in each cell, so that saving sends the cells as the service
 * checks them and a reload keeps what was typed but not saved.
 *
 * <p>On a phone the category column and the week total stay in place while the days scroll, and the
 * grid opens scrolled to today. Arrow keys move between cells as in a spreadsheet.
 */
class WeekGrid extends Div {

    /** One cell of the grid. */
    record CellKey(LocalDate day, WorkCategory category) {

        /** The field name the service's violations point at. */
        String field() {
            return new GridCell(day, category, 0, null).field();
        }

        String id() {
            return "cell-" + day.getDayOfWeek().name().toLowerCase() + "-" + category.name().toLowerCase();
        }
    }

    private final WeekView week;
    private final Map<CellKey, MinutesField> cells = new LinkedHashMap<>();

    WeekGrid(WeekView week, FieldErrors errors) {
        this.week = week;
        addClassName("week-grid");
        setId("week-grid");
        ScrollRegions.focusable(this, getTranslation("worklog.gridTitle"));
        add(label(""));
        for (LocalDate day : week.days()) {
            Span dayHeader = header(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + " " + day.getDayOfMonth());
            if (day.equals(week.today())) {
                dayHeader.addClassName("week-today");
            }
            add(dayHeader);
        }
        add(weekTotal(header(getTranslation("worklog.weekTotal"))));
        int row = 0;
        for (WorkCategory category : WorkCategory.values()) {
            add(label(getTranslation(category.messageKey())));
            int column = 0;
            for (LocalDate day : week.days()) {
                CellKey key = new CellKey(day, category);
                MinutesField cell = cell(key, row, column++);
                cells.put(key, cell);
                errors.field(key.field(), cell);
                add(cell);
            }
            Span categoryTotal = weekTotal(hours(week.totals().minutesByCategory().getOrDefault(category, 0)));
            categoryTotal.setId("total-" + category.name().toLowerCase());
            add(categoryTotal);
            row++;
        }
        add(label(getTranslation("worklog.dayTotal")));
        for (LocalDate day : week.days()) {
            add(hours(week.dayMinutes(day)));
        }
        add(weekTotal(hours(week.totals().totalMinutes())));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(WeekGridKeys.SCRIPT);
    }

    private MinutesField cell(CellKey key, int row, int column) {
        MinutesField cell = new MinutesField();
        cell.setId(key.id());
        cell.setMinutes(seen(key));
        cell.setReadOnly(!week.isCellWritable(key.day(), key.category()));
        cell.setAriaLabel(getTranslation("worklog.cell.label", getTranslation(key.category().messageKey()),
                Formats.date(key.day(), getLocale())));
        cell.getElement().setAttribute("data-row", Integer.toString(row));
        cell.getElement().setAttribute("data-column", Integer.toString(column));
        return cell;
    }

    private int seen(CellKey key) {
        return week.minutes(key.day(), key.category());
    }

    private Span hours(int minutes) {
        return header(getTranslation("worklog.hours", minutes / 60.0));
    }

    private static Span header(String text) {
        Span header = new Span(text);
        header.addClassName("week-grid-header");
        return header;
    }

    /** The category column, pinned on the left when the days scroll. */
    private static Span label(String text) {
        Span label = header(text);
        label.addClassName("week-grid-label");
        return label;
    }

    /** The week-total column, pinned on the right when the days scroll. */
    private static Span weekTotal(Span total) {
        total.addClassName("week-grid-total");
        return total;
    }

    /** Every cell as the service saves it: the minutes the user saw and the minutes they want. */
    List<GridCell> cells() {
        return cells.entrySet().stream().map(cell -> new GridCell(cell.getKey().day(), cell.getKey().category(),
                seen(cell.getKey()), cell.getValue().minutes().orElse(null))).toList();
    }

    /** Whether any cell holds other minutes than the user saw. */
    boolean changed() {
        return !typed().isEmpty();
    }

    private Map<CellKey, String> typed() {
        Map<CellKey, String> typed = new LinkedHashMap<>();
        cells.forEach((key, cell) -> {
            if (cell.unreadable() || cell.minutes().orElse(0) != seen(key)) {
                typed.put(key, cell.getValue());
            }
        });
        return typed;
    }

    /** Puts back what was typed in the grid before a reload, where the cell's minutes did not change meanwhile. */
    void keepTyped(WeekGrid before) {
        before.typed().forEach((key, value) -> {
            MinutesField cell = cells.get(key);
            if (cell != null && !cell.isReadOnly() && before.seen(key) == seen(key)) {
                cell.setValue(value);
            }
        });
    }

    /** Marks the cells holding text that is not a whole number; true if there is one. */
    boolean markUnreadableCells() {
        boolean unreadable = false;
        for (MinutesField cell : cells.values()) {
            unreadable |= cell.markIfUnreadable();
        }
        return unreadable;
    }

    /** How many cells are marked wrong, by the grid or by the service. */
    long invalidCells() {
        return cells.values().stream().filter(MinutesField::isInvalid).count();
    }
}
