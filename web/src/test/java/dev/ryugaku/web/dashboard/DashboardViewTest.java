package dev.ryugaku.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import dev.ryugaku.core.checkin.AttentionEntry;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.error.NotFoundErrorView;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
        showSecondCohortPlanningTheThird(Locale.JAPANESE);

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
    }

    @Test
    void eachDownloadSaysWhatItHoldsAndItsFileNamesTheCohortAndTheDay() {
        showSecondCohortPlanningTheThird(Locale.JAPANESE);
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("figures", "第2期_主な指標");
        expected.put("participants-by-status", "第2期_状態別の参加者");
        expected.put("tasks-by-status", "第2期_状態別のタスク");
        expected.put("tasks-by-category", "第2期_カテゴリ別のタスク");
        expected.put("ladder-reached", "第2期_障害対応ステップの到達");
        expected.put("skill-growth", "第2期_これまでのスキル成長");
        expected.put("weekly", "第2期_週ごと");
        expected.put("comparison", "全期_修了した期の比較（直近6期）");
        expected.put("attention-export", "全期_要注意の参加者");
        expected.put("intake-figures", "全期_募集の状況（募集ごと）");
        expected.put("capacity-figures", "第3期_チェックインの見積もり");
        expected.put("capacity-mentors", "第3期_メンターの負荷（週あたりのチェックイン時間）");
        expected.put("capacity-home-teams", "第3期_所属チームが送り出すエンジニアリング時間");

        List<Anchor> links = find(Anchor.class).all().stream().filter(a -> a.getId().orElse("").endsWith("-csv")).toList();
        assertThat(links).hasSize(expected.size());
        expected.forEach((table, name) -> {
            Anchor link = find(Anchor.class).id(table + "-csv");
            String what = name.substring(name.indexOf('_') + 1);
            assertThat(link.getText()).as(table).isEqualTo(what + "（CSV）");
            assertThat(link.getElement().getAttribute("download")).as(table).isEqualTo(name + "_" + today + ".csv");
        });
        assertThat(links.stream().map(Anchor::getText).distinct()).as("a different label each").hasSize(expected.size());
    }

    @Test
    void theWeeklyTableAndChartShowTheWellBeingOfTheWeeksWithHeldCheckIns() {
        showSecondCohortPlanningTheThird(Locale.JAPANESE);

        assertThat(valueOf(rows("figures"), "平均コンディション（1〜5）")).as("the headline").isNotNull();
        assertThat(rows("weekly")).as("weeks with a rating").anySatisfy(week -> assertThat(week.get(1)).isNotNull());
        JsonNode chart = JsonMapper.builder().build().readTree(find(LineChart.class).id("wellbeing-chart").getElement()
                .getAttribute("data"));
        assertThat(chart.get("series").get(0).get("values").valueStream()).as("the chart's points")
                .anySatisfy(point -> assertThat(point.isNumber()).isTrue());
    }

    @Test
    void costFiguresCarryTheTaskPagesUnitInBothLanguages() {
        showSecondCohortPlanningTheThird(Locale.JAPANESE);
        assertThat(rows("figures")).extracting(r -> (String) r.get(0))
                .contains("削減コスト（円／月、完了タスク）", "削減トイル時間（時間／月、完了タスク）");
        assertThat(new String(find(ExportableTable.class).id("comparison").csv(), StandardCharsets.UTF_8).lines().findFirst()
                .orElseThrow()).contains("削減コスト（円／月、完了タスク）");

        showSecondCohortPlanningTheThird(Locale.ENGLISH);
        assertThat(rows("figures")).extracting(r -> (String) r.get(0))
                .contains("Cost saved (yen per month, done tasks)", "Toil hours saved (hours per month, done tasks)");
    }

    @Test
    void tablesFitTheirCardOrScrollInsideItAndTheAttentionQueueHasOneHeading() {
        showSecondCohortPlanningTheThird(Locale.JAPANESE);

        for (String standalone : List.of("comparison", "weekly")) {
            ExportableTable table = find(ExportableTable.class).id(standalone);
            assertThat(table.getWidth()).as(standalone + " takes the card's width (its grid scrolls inside)").isEqualTo("100%");
            assertThat(table.getStyle().get("flex-basis")).as(standalone + " is not stretched down the page").isNull();
        }
        assertThat(find(ExportableTable.class).id("participants-by-status").getStyle().get("flex-basis"))
                .as("tables sharing a row share it").isEqualTo("18em");
        assertThat(find(H3.class).all().stream().map(H3::getText).filter(t -> t.startsWith("要注意")))
                .as("one heading above the attention queue").containsExactly("要注意の参加者");
    }

    /** The demo's running cohort with the next one planned: other tests add cohorts of their own, so they are chosen by name. */
    private void showSecondCohortPlanningTheThird(Locale language) {
        signIn.as(DemoPeople.OWNER);
        Speak.in(language);
        navigate("dashboard", DashboardView.class);
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("cohort", String.valueOf(cohortId("第2期")),
                "plan", String.valueOf(cohortId("第3期")))));
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

    @Test
    void theIntakeOfEachRoundIsOnTheDashboardAndInItsCsv() {
        showSecondCohortPlanningTheThird(Locale.JAPANESE);
        String csv = new String(find(ExportableTable.class).id("intake-figures").csv(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF期,応募数,マネージャー承認率,選考通過率,選考通過,決定までの日数（中央値）,応募のあったチーム数")
                .contains("第3期");
    }
}
