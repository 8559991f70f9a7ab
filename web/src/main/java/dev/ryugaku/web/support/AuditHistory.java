package dev.ryugaku.web.support;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.ryugaku.core.audit.AuditEntry;
import dev.ryugaku.core.audit.FieldChange;
import dev.ryugaku.web.i18n.Formats;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** 変更履歴: who changed what and when, in the viewer's time zone; shown to program owners. */
public class AuditHistory extends Details {

    public AuditHistory(List<AuditEntry> entries, String recordType, ZoneId zone) {
        setSummaryText(getTranslation("audit.title", entries.size()));
        addClassName("audit-history");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        Grid<AuditEntry> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> time.format(entry.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(entry -> entry.actorName() == null ? getTranslation("audit.system") : entry.actorName())
                .setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action())).setHeader(getTranslation("audit.what"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(entry -> changes(entry, recordType))).setHeader(getTranslation("audit.changes"))
                .setFlexGrow(3);
        PhoneCards.apply(grid);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Div changes(AuditEntry entry, String recordType) {
        Div lines = new Div();
        for (FieldChange change : entry.changes()) {
            String field = getTranslation("audit.field." + recordType + "." + change.field());
            lines.add(new Div(new Span(getTranslation("audit.change", field, shown(recordType, change.field(), change.before()),
                    shown(recordType, change.field(), change.after())))));
        }
        return lines;
    }

    /** Stored values are language-neutral (enum names, ISO dates); show them in the reader's language. */
    private String shown(String recordType, String field, String value) {
        if (value.isEmpty()) {
            return getTranslation("audit.empty");
        }
        String key = recordType + "." + field;
        return switch (key) {
            case "Enrollment.status" -> getTranslation("enrollment.status." + value);
            case "Team.kind" -> getTranslation("team.kind." + value);
            case "SkillArea.active" -> getTranslation(Boolean.parseBoolean(value) ? "skill.active" : "skill.inactive");
            case "Person.active" -> getTranslation(Boolean.parseBoolean(value) ? "person.active" : "person.inactive");
            case "Person.locale" -> getTranslation(Locale.forLanguageTag(value), "language.self");
            case "Person.roles" -> Arrays.stream(value.replaceAll("[\\[\\]\\s]", "").split(","))
                    .filter(role -> !role.isEmpty())
                    .map(role -> getTranslation("role." + role))
                    .collect(Collectors.joining(getTranslation("list.separator")));
            case "Enrollment.startDate", "Enrollment.endDate" -> Formats.date(LocalDate.parse(value), getLocale());
            default -> value;
        };
    }
}
