package dev.ryugaku.web.worklog;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import dev.ryugaku.core.worklog.GridCell;
import dev.ryugaku.core.worklog.WeekView;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.support.FieldErrors;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The week grid: minutes per category (rows) per day (columns), with the totals of the service's
 * week. It knows what the user saw in each cell, so that saving sends the cells as the service
 * checks them and a reload keeps what was typed but not saved.
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
    private final Map<CellKey, IntegerField> cells = new LinkedHashMap<>();

    WeekGrid(WeekView week, FieldErrors errors) {
        this.week = week;
        addClassName("week-grid");
        setId("week-grid");
        add(header(""));
        for (LocalDate day : week.days()) {
            add(header(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + " " + day.getDayOfMonth()));
        }
        add(header(getTranslation("worklog.weekTotal")));
        for (WorkCategory category : WorkCategory.values()) {
            add(header(getTranslation(category.messageKey())));
            for (LocalDate day : week.days()) {
                CellKey key = new CellKey(day, category);
                IntegerField cell = cell(key);
                cells.put(key, cell);
                errors.field(key.field(), cell);
                add(cell);
            }
            Span categoryTotal = hours(week.totals().minutesByCategory().getOrDefault(category, 0));
            categoryTotal.setId("total-" + category.name().toLowerCase());
            add(categoryTotal);
        }
        add(header(getTranslation("worklog.dayTotal")));
        for (LocalDate day : week.days()) {
            add(hours(week.dayMinutes(day)));
        }
        add(hours(week.totals().totalMinutes()));
    }

    private IntegerField cell(CellKey key) {
        int minutes = seen(key);
        IntegerField cell = new IntegerField();
        cell.setId(key.id());
        cell.addClassName("week-cell");
        cell.addThemeVariants(TextFieldVariant.ALIGN_RIGHT);
        cell.setValue(minutes == 0 ? null : minutes);
        cell.setReadOnly(!week.isCellWritable(key.day(), key.category()));
        cell.setAriaLabel(getTranslation(key.category().messageKey()) + " " + Formats.date(key.day(), getLocale()));
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

    /** Every cell as the service saves it: the minutes the user saw and the minutes they want. */
    List<GridCell> cells() {
        return cells.entrySet().stream().map(cell -> new GridCell(cell.getKey().day(), cell.getKey().category(),
                seen(cell.getKey()), cell.getValue().getValue())).toList();
    }

    /** Whether any cell holds other minutes than the user saw. */
    boolean changed() {
        return !typed().isEmpty();
    }

    private Map<CellKey, Integer> typed() {
        Map<CellKey, Integer> typed = new LinkedHashMap<>();
        cells.forEach((key, cell) -> {
            Integer value = cell.getValue();
            if ((value == null ? 0 : value) != seen(key)) {
                typed.put(key, value);
            }
        });
        return typed;
    }

    /** Puts back what was typed in the grid before a reload, where the cell's minutes did not change meanwhile. */
    void keepTyped(WeekGrid before) {
        before.typed().forEach((key, value) -> {
            IntegerField cell = cells.get(key);
            if (cell != null && !cell.isReadOnly() && before.seen(key) == seen(key)) {
                cell.setValue(value);
            }
        });
    }

    /** A cell holding text that is not a whole number must not count as empty (that would delete its minutes). */
    boolean markUnreadableCells() {
        boolean unreadable = false;
        for (IntegerField cell : cells.values()) {
            ValidationResult result = cell.getDefaultValidator().apply(cell.getValue(), new ValueContext(cell, cell));
            if (result.isError()) {
                cell.setErrorMessage(getTranslation("worklog.cell.notANumber"));
                cell.setInvalid(true);
                unreadable = true;
            }
        }
        return unreadable;
    }
}
