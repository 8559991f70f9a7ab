package dev.ryugaku.web.dashboard;

import com.vaadin.flow.component.Component;
import dev.ryugaku.core.intake.RoundFigures;
import java.util.ArrayList;
import java.util.List;

/** The program view of intake: one row per round, with its CSV (decision 0035). */
final class IntakeFiguresTable {

    private IntakeFiguresTable() {
    }

    static ExportableTable of(List<RoundFigures> rounds, DownloadNaming naming, Component in) {
        List<String> header = List.of(in.getTranslation("enrollment.field.cohort"),
                in.getTranslation("intake.figures.applications"), in.getTranslation("intake.figures.approvalRate"),
                in.getTranslation("intake.figures.selectionRate"), in.getTranslation("intake.figures.selected"),
                in.getTranslation("intake.figures.daysToDecision"), in.getTranslation("intake.figures.teams"));
        List<List<Object>> rows = rounds.stream().map(r -> {
            List<Object> row = new ArrayList<>();
            row.add(r.cohortName());
            row.add(r.applications());
            row.add(r.approvalRate() == null ? null : r.approvalRate() + " %");
            row.add(r.selectionRate() == null ? null : r.selectionRate() + " %");
            row.add(r.selected());
            row.add(r.medianDaysToDecision());
            row.add(r.teams());
            return row;
        }).toList();
        ExportableTable table = new ExportableTable("intake-figures", in.getTranslation("intake.figures.title"), naming,
                header, rows);
        table.setWidthFull();
        return table;
    }
}
