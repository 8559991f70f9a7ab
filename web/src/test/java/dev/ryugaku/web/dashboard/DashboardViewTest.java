package dev.ryugaku.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import dev.ryugaku.core.checkin.AttentionEntry;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.error.NotFoundErrorView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The owners' dashboard on the demo program, in both languages. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @SuppressWarnings("unchecked")
    private List<List<Object>> rows(String tableId) {
        Grid<List<Object>> grid = find(Grid.class).id(tableId + "-grid");
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }

    private long cohortId(String name) {
        return jdbc.queryForObject("select id from cohort where name = ?", Long.class, name);
    }

    private static Object valueOf(List<List<Object>> rows, String label) {
        return rows.stream().filter(r -> label.equals(r.get(0))).findFirst().map(r -> r.get(1)).orElse(null);
    }

    @Test
    void theOwnerSeesTheActiveCohortWithItsFiguresTheComparisonAndTheAttentionQueueInJapanese() {
        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.JAPANESE);
        navigate("dashboard", DashboardView.class);
        // other tests add cohorts of their own: choose the demo's by name
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("cohort", String.valueOf(cohortId("第2期")),
                "plan", String.valueOf(cohortId("第3期")))));

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("ダッシュボード", "第2期");
        List<List<Object>> figures = rows("figures");
        assertThat(((Number) valueOf(figures, "参加者")).longValue()).isGreaterThanOrEqualTo(4);
        assertThat((String) valueOf(figures, "実施したチェックイン / これまでの予定")).matches("\\d+ / \\d+（\\d+%）");
        assertThat(rows("participants-by-status")).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("留学中"));
        assertThat(rows("ladder-reached")).hasSize(4)
                .anySatisfy(r -> assertThat(((Number) r.get(1)).longValue()).as("the demo's ladder climbs").isPositive());
        assertThat(rows("weekly")).isNotEmpty();
        assertThat(rows("comparison")).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("第1期"));
        @SuppressWarnings("unchecked")
        Grid<AttentionEntry> attention = find(Grid.class).id("dashboard-attention-grid");
        assertThat(IntStream.range(0, test(attention).size()).mapToObj(i -> test(attention).getRow(i))).anySatisfy(e -> {
            assertThat(e.mentorName()).isEqualTo("渡辺 彩");
            assertThat(e.participantName()).isEqualTo("中村 大輝");
        });
        assertThat(find(Paragraph.class).id("capacity-basis").getText()).startsWith("第3期").contains("参加登録 2名");
        assertThat(rows("capacity-home-teams")).isNotEmpty();
        for (String table : List.of("figures", "participants-by-status", "tasks-by-status", "tasks-by-category",
                "ladder-reached", "weekly", "comparison", "attention-export", "capacity-figures", "capacity-mentors",
                "capacity-home-teams")) {
            assertThat(find(Anchor.class).id(table + "-csv").getText()).isEqualTo("CSVをダウンロード");
        }
    }

    @Test
    void eachTableDownloadsAsCsvWithTheSameRowsForExcel() {
        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.JAPANESE);
        navigate("dashboard", DashboardView.class);

        ExportableTable comparison = find(ExportableTable.class).id("comparison");
        String csv = new String(comparison.csv(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF期,期間,参加者,チェックイン実施率").contains("第1期");
        assertThat(csv.lines().count()).isEqualTo(1 + rows("comparison").size());
    }

    @Test
    void aCohortChosenInTheAddressIsShownInEnglish() {
        long first = cohortId("第1期");
        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.ENGLISH);
        navigate("dashboard", DashboardView.class);
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("cohort", String.valueOf(first))));

        assertThat(find(com.vaadin.flow.component.html.Div.class).id("cohort-figures").getElement().getTextRecursively())
                .startsWith("第1期");
        List<List<Object>> figures = rows("figures");
        assertThat(((Number) valueOf(figures, "Participants")).longValue()).isEqualTo(3);
        // 第1期 was assessed at every phase: its growth shows per area and overall
        assertThat(rows("skill-growth")).hasSize(10).allSatisfy(r -> assertThat(r.get(3)).isNotNull());
        assertThat(valueOf(figures, "Average skill growth so far (levels)")).isNotNull();
        assertThat(valueOf(figures, "Check-ins held / due so far")).asString().endsWith("%)");
    }

    @Test
    void mentorsAndParticipantsCannotOpenTheDashboard() {
        for (String user : List.of(DemoPeople.MENTOR, DemoPeople.PARTICIPANT)) {
            signIn.as(user);
            navigate("dashboard", NotFoundErrorView.class);
        }
    }
}
