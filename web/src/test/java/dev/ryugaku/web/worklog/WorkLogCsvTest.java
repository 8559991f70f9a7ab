package dev.ryugaku.web.worklog;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import dev.ryugaku.core.worklog.ExportRow;
import dev.ryugaku.core.worklog.IncidentRole;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.core.worklog.WorkLogExportService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The CSV a participant or an owner downloads, read back as Excel would. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class WorkLogCsvTest extends SpringBrowserlessTest {

    @Autowired
    WorkLogExportService workLogExport;

    @Autowired
    EnrollmentFixtures fixtures;

    private static List<CSVRecord> read(byte[] csv) throws IOException {
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    }

    @Test
    @WithUserDetails(DemoPeople.PARTICIPANT)
    void theParticipantsLogDownloadsWithABomAndJapaneseHeaders() throws IOException {
        Speak.in(Locale.JAPANESE);
        long mine = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        List<ExportRow> rows = workLogExport.exportRotation(mine);
        List<CSVRecord> records = read(WorkLogCsv.write(rows, new Div()));
        assertThat(records.getFirst().get(0)).isEqualTo("期");
        assertThat(records).hasSize(rows.size() + 1);
        assertThat(records.get(1).get(1)).isEqualTo("田中 翔太");
        assertThat(records.stream().map(r -> r.get(3))).contains("改善", "障害対応");
    }

    @Test
    @WithUserDetails(DemoPeople.OWNER)
    void typedTextCannotBecomeAFormulaInExcel() throws IOException {
        Speak.in(Locale.ENGLISH);
        ExportRow row = new ExportRow("第2期", "=HYPERLINK(\"x\")", LocalDate.of(2026, 11, 2), WorkCategory.INCIDENT, 90, true,
                IncidentRole.SHADOW, "-1+1", "🚀 夜間のアラート対応, \"二次\"");
        CSVRecord record = read(WorkLogCsv.write(List.of(row), new Div())).get(1);
        assertThat(record.get(1)).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(record.get(2)).isEqualTo("2026-11-02");
        assertThat(record.get(3)).isEqualTo("Incidents");
        assertThat(record.get(6)).isEqualTo("Shadow");
        assertThat(record.get(7)).isEqualTo("'-1+1");
        assertThat(record.get(8)).isEqualTo("🚀 夜間のアラート対応, \"二次\"");
    }
}
