package dev.ryugaku.web.retrospective;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.retrospective.CohortComparison;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import dev.ryugaku.web.enrollment.FreshRotations;
import dev.ryugaku.web.error.NotFoundErrorView;
import dev.ryugaku.web.navigation.CohortPages;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * /feedback as program owners read it: the demo's 第1期 has three graduates who all answered, enough
 * for the figures; a cohort with fewer answers shows its texts but withholds its figures.
 */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class FeedbackViewTest extends SpringBrowserlessTest {

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    RotationEnds ends;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private String text(String id) {
        return find(Div.class).id(id).getElement().getTextRecursively();
    }

    /** Opens a cohort the way a bookmark would: path plus {@code ?cohort=}. */
    private void openCohort(long cohortId) {
        UI.getCurrent().navigate("feedback", QueryParameters.of("cohort", String.valueOf(cohortId)));
        assertThat(getCurrentView()).isInstanceOf(FeedbackView.class);
    }

    @Test
    void theOwnerReadsTheFirstCohortsFeedbackInJapanese() {
        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.JAPANESE);
        openCohort(fixtures.cohortId("第1期"));

        @SuppressWarnings("unchecked")
        Select<CohortComparison> cohort = find(Select.class).id("feedback-cohort");
        assertThat(cohort.getValue().responses().cohortName()).isEqualTo("第1期");
        assertThat(text("feedback-responses")).contains("ふりかえり: 3 / 3（100%）", "最終評価: 3 / 3（100%）",
                "フォローアップ: 2 / 3（67%）");
        // 小林 9, 加藤 7, 吉田 10: two promoters, one passive
        assertThat(find(Span.class).id("feedback-nps").getText()).isEqualTo("NPS +67");
        assertThat(find(Paragraph.class).id("feedback-groups").getText()).isEqualTo("推奨者 2・中立者 1・批判者 0（回答 3件）");
        // count above score per column: nobody gave 0–6 or 8, one each 7, 9 and 10
        assertThat(text("feedback-distribution")).isEqualTo("00010203040506170819110");
        assertThat(find(Paragraph.class).id("feedback-readiness").getText())
                .isEqualTo("入れる 1・サポートがあれば入れる 2・まだ早い 0");
        assertThat(text("feedback-keep")).contains("Keep（続けたいこと）", "ペアでのレビュー。");
        assertThat(text("feedback-tryNext")).contains("月1回のコストレビューを始める");
        assertThat(text("feedback-programFeedback")).contains("1on1は毎週のほうがよいと思います。");
        assertThat(text("feedback-follow-ups")).contains("［ランブック］学習プラットフォームの障害対応ランブック",
                "https://wiki.example.com/learning/runbooks/incident", "コストとSLOをチームの定例で見るようになった");
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).as("no names, and no comments about a mentor").doesNotContain("小林", "加藤", "吉田",
                "高橋さんは忙しいときでも");
        assertThat(find(Anchor.class).id("feedback-export-csv").getText()).isEqualTo("CSVでダウンロード");
        assertThat(find(Anchor.class).id("feedback-export-json").getText()).isEqualTo("JSONでダウンロード");
    }

    @Test
    void aCohortWithFewerThanThreeAnswersShowsNeitherTextsNorFiguresInEnglish() {
        FreshRotations.Fresh rotation = ends.endingSoon();
        ends.submitRetrospective(rotation, 3, "ひとりだけの回答");
        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.ENGLISH);
        openCohort(ends.cohortOf(rotation));

        assertThat(find(Paragraph.class).id("feedback-recommend-withheld").getText())
                .isEqualTo("Not shown: fewer than 3 answers (1 so far).");
        assertThat(find(Span.class).withId("feedback-nps").exists()).isFalse();
        assertThat(find(Paragraph.class).id("feedback-readiness-withheld").getText())
                .isEqualTo("Not shown: fewer than 3 answers (0 so far).");
        assertThat(text("feedback-responses")).contains("Retrospectives: 1 / 1 (100%)");
        assertThat(find(Paragraph.class).id("feedback-texts-withheld").getText())
                .as("beside 1 of 1 answered, a text names its writer").isEqualTo("Not shown: fewer than 3 answers (1 so far).");
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("ひとりだけの回答");
    }

    @SuppressWarnings("unchecked")
    private List<CohortComparison> comparisonRows() {
        Grid<CohortComparison> grid = find(Grid.class).id("feedback-comparison");
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }

    private CohortComparison row(String cohortName) {
        return comparisonRows().stream().filter(r -> r.responses().cohortName().equals(cohortName)).findFirst().orElseThrow();
    }

    @Test
    void theComparisonListsEachCohortWithItsNpsOrNotEnoughAnswers() {
        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.ENGLISH);
        openCohort(fixtures.cohortId("第2期"));
        CohortComparison second = row("第2期");
        assertThat(second.nps()).isNull();
        assertThat(second.readiness()).isNull();
        assertThat(second.responses().rotations()).isEqualTo(4);
        @SuppressWarnings("unchecked")
        Grid<CohortComparison> grid = find(Grid.class).id("feedback-comparison");
        assertThat(test(grid).getCellText(comparisonRows().indexOf(second), 3)).isEqualTo("Not enough answers");
        assertThat(find(Paragraph.class).id("feedback-recommend-withheld").getText()).startsWith("Not shown");

        // the chosen cohort is compared however many cohorts came after it
        openCohort(fixtures.cohortId("第1期"));
        CohortComparison first = row("第1期");
        assertThat(first.nps()).isEqualTo(67);
        assertThat(first.readiness().ready()).isEqualTo(1);
        // the demo's 第1期 was assessed at START and END: its participants grew
        assertThat(first.averageGrowth()).isPositive();
    }

    @Test
    void theCohortPageLinksItsFeedbackForOwners() {
        long first = fixtures.cohortId("第1期");
        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.JAPANESE);
        OpenPage.at(CohortPages.cohort(first));
        RouterLink link = find(RouterLink.class).id("cohort-feedback");
        assertThat(link.getText()).isEqualTo("この期のフィードバックを見る");
        assertThat(link.getHref()).isEqualTo("feedback?cohort=" + first);
    }

    @Test
    void mentorsAndParticipantsCannotOpenTheFeedbackPage() {
        for (String notOwner : List.of(DemoPeople.MENTOR, DemoPeople.PARTICIPANT)) {
            signIn.as(notOwner);
            Speak.in(Locale.JAPANESE);
            navigate("feedback", NotFoundErrorView.class);
        }
    }
}
