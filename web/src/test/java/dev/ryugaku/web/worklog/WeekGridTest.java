package dev.ryugaku.web.worklog;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.ryugaku.core.worklog.GridCell;
import dev.ryugaku.core.worklog.ToilComputation;
import dev.ryugaku.core.worklog.WeekView;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.core.worklog.WorkLogEntryRow;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.worklog.WeekGrid.CellKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The week grid on its own: typed cell keys, the minutes the user saw, and what survives a reload. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class WeekGridTest extends SpringBrowserlessTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @BeforeEach
    void inEnglish() {
        Speak.in(Locale.ENGLISH);
    }

    @Test
    void aCellKeyNamesTheFieldTheServicesViolationsPointAt() {
        CellKey key = new CellKey(TUESDAY, WorkCategory.ON_CALL);
        assertThat(key.field()).isEqualTo(new GridCell(TUESDAY, WorkCategory.ON_CALL, 30, 60).field());
        assertThat(key.id()).isEqualTo("cell-tuesday-on_call");
    }

    @Test
    void eachCellShowsItsMinutesAndTheTotalsComeFromTheWeek() {
        WeekGrid grid = grid(week(List.of(entry(MONDAY, 90, WorkCategory.IMPROVEMENT),
                entry(MONDAY, 30, WorkCategory.IMPROVEMENT), entry(TUESDAY, 60, WorkCategory.LEARNING))));

        assertThat(cell(grid, MONDAY, WorkCategory.IMPROVEMENT).minutes()).contains(120);
        assertThat(cell(grid, TUESDAY, WorkCategory.IMPROVEMENT).getValue()).as("an empty cell").isEmpty();
        assertThat(total(grid, "total-improvement")).isEqualTo("2 h");
        assertThat(grid.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()))
                .as("day totals and the week's").contains("2 h", "1 h", "3 h");
    }

    @Test
    void savingSendsEveryCellWithTheMinutesTheUserSaw() {
        WeekGrid grid = grid(week(List.of(entry(MONDAY, 120, WorkCategory.IMPROVEMENT))));
        assertThat(grid.changed()).isFalse();

        cell(grid, MONDAY, WorkCategory.IMPROVEMENT).setValue("150");

        assertThat(grid.changed()).isTrue();
        assertThat(grid.cells()).hasSize(7 * WorkCategory.values().length)
                .contains(new GridCell(MONDAY, WorkCategory.IMPROVEMENT, 120, 150),
                        new GridCell(TUESDAY, WorkCategory.LEARNING, 0, null));
    }

    @Test
    void typedCellsSurviveAReloadOnlyWhereNobodyChangedTheirMinutes() {
        WeekGrid before = grid(week(List.of(entry(MONDAY, 120, WorkCategory.IMPROVEMENT))));
        cell(before, MONDAY, WorkCategory.IMPROVEMENT).setValue("150");
        cell(before, TUESDAY, WorkCategory.LEARNING).setValue("45");

        // meanwhile another tab saved Monday's improvement minutes
        WeekGrid after = grid(week(List.of(entry(MONDAY, 200, WorkCategory.IMPROVEMENT))));
        after.keepTyped(before);

        assertThat(cell(after, MONDAY, WorkCategory.IMPROVEMENT).minutes()).contains(200);
        assertThat(cell(after, TUESDAY, WorkCategory.LEARNING).minutes()).contains(45);
    }

    @Test
    void incidentsAndDaysToComeAreReadOnly() {
        WeekGrid grid = grid(week(List.of()));
        assertThat(cell(grid, MONDAY, WorkCategory.INCIDENT).isReadOnly()).isTrue();
        assertThat(cell(grid, TUESDAY.plusDays(1), WorkCategory.LEARNING).isReadOnly()).as("tomorrow").isTrue();
        assertThat(cell(grid, TUESDAY, WorkCategory.LEARNING).isReadOnly()).isFalse();
    }

    private static WeekGrid grid(WeekView week) {
        return new WeekGrid(week, new FieldErrors(new Div()));
    }

    private static MinutesField cell(WeekGrid grid, LocalDate day, WorkCategory category) {
        String id = new CellKey(day, category).id();
        return (MinutesField) grid.getChildren().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow();
    }

    private static String total(WeekGrid grid, String id) {
        Component total = grid.getChildren().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
        return ((Span) total).getText();
    }

    private static WorkLogEntryRow entry(LocalDate day, int minutes, WorkCategory category) {
        return new WorkLogEntryRow(1, 0, day, minutes, category, category.isToilByDefault(), null, null, null, null);
    }

    /** An editable week in which today is Tuesday. */
    private static WeekView week(List<WorkLogEntryRow> entries) {
        return new WeekView(1, "田中", "第2期", MONDAY, MONDAY.minusMonths(1), MONDAY.plusMonths(5), entries,
                ToilComputation.of(MONDAY, entries), null, null, null, true, false, List.of(), TUESDAY, true);
    }
}
