package dev.ryugaku.web.retrospective;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import dev.ryugaku.core.retrospective.CohortFeedback;
import dev.ryugaku.core.retrospective.FeedbackService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A cohort's feedback downloaded as CSV (read back as Excel would) and as JSON. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class FeedbackExportTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackService feedback;

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

    private static List<CSVRecord> read(byte[] csv) throws IOException {
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    }

    private static CSVRecord row(List<CSVRecord> records, String item) {
        return records.stream().filter(r -> r.get(2).equals(item)).findFirst().orElseThrow(() -> new AssertionError(item));
    }

    @Test
    void theFirstCohortDownloadsAsCsvWithJapaneseHeadersFiguresAndAnswers() throws IOException {
        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.JAPANESE);
        CohortFeedback first = feedback.cohort(fixtures.cohortId("第1期"));

        List<CSVRecord> records = read(FeedbackCsv.write(first, new Div()));

        assertThat(records.getFirst().toList()).containsExactly("区分", "回答", "項目", "内容", "リンク");
        assertThat(row(records, "NPS").get(3)).isEqualTo("67");
        assertThat(row(records, "推奨者（9〜10）").get(3)).isEqualTo("2");
        assertThat(row(records, "10点").get(3)).isEqualTo("1");
        assertThat(row(records, "入れる").get(3)).isEqualTo("1");
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("ふりかえりの回答");
            assertThat(r.get(2)).isEqualTo("Keep（続けたいこと）");
            assertThat(r.get(3)).isEqualTo("ペアでのレビュー。プレモーテムを書いてから作業する習慣。");
        });
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("フォローアップの回答");
            assertThat(r.get(2)).isEqualTo("SLO");
            assertThat(r.get(4)).isEqualTo("https://wiki.example.com/search/slo");
        });
        assertThat(records).noneMatch(r -> r.toString().contains("小林") || r.toString().contains("高橋さん"));
    }

    @Test
    void typedTextCannotBecomeAFormulaAndFiguresBelowThreeAreWithheld() throws IOException {
        FreshRotations.Fresh rotation = ends.endingSoon();
        ends.submitRetrospective(rotation, 10, "=HYPERLINK(\"http://evil.example\")");
        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.ENGLISH);
        long cohort = ends.cohortOf(rotation);
        CohortFeedback one = feedback.cohort(cohort);

        List<CSVRecord> records = read(FeedbackCsv.write(one, new Div()));

        assertThat(records.getFirst().toList()).containsExactly("Section", "Answer", "Item", "Value", "Link");
        assertThat(row(records, "NPS").get(3)).isEqualTo("Not shown: fewer than 3 answers (1 so far).");
        assertThat(row(records, "Retrospective answers").get(3)).isEqualTo("Not shown: fewer than 3 answers (1 so far).");
        assertThat(records).noneMatch(r -> r.get(2).equals("Score 10") || r.get(2).equals("Keep"));

        ends.submitRetrospective(ends.inCohort(cohort), 8, "二人目");
        ends.submitRetrospective(ends.inCohort(cohort), 7, "三人目");
        signIn.as(DemoPeople.OWNER);
        records = read(FeedbackCsv.write(feedback.cohort(cohort), new Div()));
        assertThat(records).anySatisfy(r -> assertThat(r.get(3)).isEqualTo("'=HYPERLINK(\"http://evil.example\")"));
    }

    @Test
    void theJsonHasTheSameFiguresAndAnswersWithNullForWithheldOnes() throws IOException {
        FreshRotations.Fresh rotation = ends.endingSoon();
        ends.submitRetrospective(rotation, 2, "JSONのKeep");
        signIn.as(DemoPeople.OWNER);
        JsonMapper json = JsonMapper.builder().build();

        JsonNode first = json.readTree(FeedbackJson.write(feedback.cohort(fixtures.cohortId("第1期"))));
        assertThat(first.get("cohort").get("name").asString()).isEqualTo("第1期");
        assertThat(first.get("cohort").get("startDate").asString()).isEqualTo("2026-04-01");
        assertThat(first.get("minimumAnswers").asInt()).isEqualTo(3);
        assertThat(first.get("responses").get("retrospectives").asInt()).isEqualTo(3);
        assertThat(first.get("recommend").get("nps").asInt()).isEqualTo(67);
        assertThat(first.get("recommend").get("distribution")).hasSize(11);
        assertThat(first.get("readiness").get("withSupport").asInt()).isEqualTo(2);
        assertThat(first.get("retrospectives")).hasSize(3);
        assertThat(first.get("followUps").get(0).get("broughtBack").get(0).get("kind").asString()).isEqualTo("RUNBOOK");

        JsonNode one = json.readTree(FeedbackJson.write(feedback.cohort(ends.cohortOf(rotation))));
        assertThat(one.get("recommend").isNull()).isTrue();
        assertThat(one.get("readiness").isNull()).isTrue();
        assertThat(one.get("retrospectives")).as("one text would name its writer").isEmpty();
        assertThat(first.get("retrospectives").get(0).has("recommendScore")).as("no single scores").isFalse();
    }
}
