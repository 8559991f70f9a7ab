package dev.ryugaku.web.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.skill.AssessmentPhase;
import dev.ryugaku.core.skill.SkillAssessmentService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import dev.ryugaku.web.enrollment.FreshRotations;
import dev.ryugaku.web.error.NotFoundErrorView;
import dev.ryugaku.web.navigation.EnrollmentPages;
import dev.ryugaku.web.navigation.HomePages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /skills and /enrollments/{id}/skills: the assessment form, the phase overview and the growth view. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class SkillsViewTest extends SpringBrowserlessTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    FreshRotations rotations;

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    SkillAssessmentService assessments;

    @Autowired
    SkillFixtures ratings;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A rotation in its first week, so START is open; its participant is signed in. */
    private FreshRotations.Fresh startingRotation() {
        LocalDate today = LocalDate.now(TOKYO);
        FreshRotations.Fresh fresh = rotations.active(today.minusDays(5), today.plusDays(150));
        signIn.as(fresh.login());
        return fresh;
    }

    @SuppressWarnings("unchecked")
    private List<RadioButtonGroup<Integer>> levels() {
        return find(RadioButtonGroup.class).all().stream().filter(g -> g.getId().orElse("").startsWith("level-"))
                .map(g -> (RadioButtonGroup<Integer>) g).toList();
    }

    private String text(String id) {
        return find(Div.class).id(id).getElement().getTextRecursively();
    }

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void theParticipantSavesADraftAndSubmitsTheirStartAssessmentInJapanese() {
        startingRotation();
        Speak.in(Locale.JAPANESE);
        navigate("skills", SkillsView.class);
        assertThat(text("phase-START")).contains("開始時", "受付中", "本人: 未着手", "メンター: 未着手");
        List<RadioButtonGroup<Integer>> levels = levels();
        assertThat(levels).hasSizeGreaterThanOrEqualTo(10);
        assertThat(levels.getFirst().getItemLabelGenerator().apply(0)).isEqualTo("0: 未経験（触ったことがない）");
        assertThat(pageText()).contains("OS・Linux", "プロセス、メモリ、ファイルシステム");

        levels.getFirst().setValue(2);
        test(find(TextField.class).id(find(TextField.class).all().getFirst().getId().orElseThrow()))
                .setValue("サーバーのログは読める");
        test(find(Button.class).id("save-skill-draft")).click();
        assertThat(text("phase-START")).contains("本人: 下書き");
        assertThat(levels().getFirst().getValue()).isEqualTo(2);
        assertThat(find(TextField.class).all().getFirst().getValue()).isEqualTo("サーバーのログは読める");

        levels().forEach(level -> {
            if (level.getValue() == null) {
                level.setValue(1);
            }
        });
        test(find(Button.class).id("submit-skills")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(text("phase-START")).contains("本人: 提出済み");
        assertThat(find(Paragraph.class).id("skill-read-only").getText()).isEqualTo("提出済みです。提出した評価は変更できません。");
        assertThat(find(Button.class).withId("submit-skills").exists()).isFalse();
        assertThat(find(SkillChart.class).withId("skill-radar").exists()).as("own START on the radar").isTrue();
    }

    @Test
    void submittingWithoutEveryLevelIsRefusedBesideTheFieldsInEnglish() {
        FreshRotations.Fresh fresh = startingRotation();
        Speak.in(Locale.ENGLISH);
        navigate("enrollments/" + fresh.enrollmentId() + "/skills", SkillsView.class);
        levels().getFirst().setValue(3);
        test(find(Button.class).id("submit-skills")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        RadioButtonGroup<Integer> second = levels().get(1);
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).isEqualTo("Choose a level.");
        assertThat(levels().getFirst().isInvalid()).isFalse();
        assertThat(levels().getFirst().getValue()).as("what was chosen stays").isEqualTo(3);
        assertThat(text("phase-START")).contains("Participant: Not started");
    }

    @Test
    void theMentorSeesTheParticipantsRatingsOnlyOnceTheyHaveSubmittedToo() {
        FreshRotations.Fresh fresh = startingRotation();
        assessments.submit(fresh.enrollmentId(), AssessmentPhase.START, null, ratings.allAt(1));
        signIn.as(DemoPeople.MENTOR);
        Speak.in(Locale.JAPANESE);
        navigate("enrollments/" + fresh.enrollmentId() + "/skills", SkillsView.class);
        assertThat(text("phase-START")).contains("本人: 提出済み", "メンター: 未着手");
        assertThat(pageText()).contains("開始時のメンター評価: ログ 太郎");
        assertThat(find(Grid.class).withId("phase-ratings").exists()).isFalse();

        levels().forEach(level -> level.setValue(2));
        test(find(Button.class).id("submit-skills")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        List<? extends Grid.Column<?>> columns = find(Grid.class).id("phase-ratings").getColumns();
        assertThat(columns).hasSize(5);
        assertThat(columns.get(1).getHeaderText()).startsWith("本人（ログ 太郎、").endsWith("提出）");
        assertThat(columns.get(3).getHeaderText()).startsWith("メンター（高橋 健太、");
    }

    @Test
    void aGraduateSeesTheirGrowthAcrossAllPhases() {
        signIn.as(DemoPeople.GRADUATE);
        Speak.in(Locale.ENGLISH);
        navigate("skills", SkillsView.class);
        assertThat(text("phase-END")).contains("Closed", "Participant: Submitted", "Mentor: Submitted");
        SkillChart radar = find(SkillChart.class).id("skill-radar");
        assertThat(radar.seriesCount()).isEqualTo(6);
        assertThat(radar.getElement().getAttribute("data")).contains("End · Mentor", "OS / Linux");
        Grid<?> table = find(Grid.class).id("skill-growth-table");
        assertThat(test(table).size()).isGreaterThanOrEqualTo(10);
        assertThat(find(Paragraph.class).id("skill-growth-average").getText()).startsWith("Average growth: +");
    }

    @Test
    void theMentorsMidTermRatingsStayHiddenFromTheParticipantUntilTheySubmitTheirs() {
        signIn.as("nakamura");
        Speak.in(Locale.JAPANESE);
        UI.getCurrent().navigate("skills", QueryParameters.of(SkillsView.PHASE, "MID"));
        assertThat(getCurrentView()).isInstanceOf(SkillsView.class);
        assertThat(find(Paragraph.class).id("skill-hidden-MENTOR").getText())
                .isEqualTo("メンターの評価は、本人とメンターの双方が提出すると表示されます。");
    }

    @Test
    void theHomeAndTheEnrollmentPageLinkToTheSkillsPage() {
        long rotation = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        signIn.as(DemoPeople.PARTICIPANT);
        Speak.in(Locale.JAPANESE);
        OpenPage.at(HomePages.home());
        RouterLink fromHome = find(RouterLink.class).id("my-skills");
        assertThat(fromHome.getText()).isEqualTo("スキル評価");
        assertThat(fromHome.getHref()).isEqualTo("enrollments/" + rotation + "/skills");
        OpenPage.at(EnrollmentPages.rotation(rotation));
        assertThat(find(RouterLink.class).id("open-skills").getHref()).isEqualTo("enrollments/" + rotation + "/skills");
    }

    @Test
    void aParticipantTypingAnotherParticipantsSkillsPageSeesNotFound() {
        signIn.as(DemoPeople.PARTICIPANT2);
        Speak.in(Locale.JAPANESE);
        navigate("enrollments/" + fixtures.idOf(DemoPeople.PARTICIPANT, "第2期") + "/skills", NotFoundErrorView.class);
        assertThat(pageText()).doesNotContain("田中 翔太");
    }

    @Test
    void ownersSeeACohortsAverageGrowthPerArea() {
        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.JAPANESE);
        navigate("cohorts/" + fixtures.cohortId("第1期") + "/skills", CohortSkillsView.class);
        assertThat(find(Paragraph.class).id("cohort-skills-overall").getText()).startsWith("平均の伸び: +").endsWith("（3人）");
        assertThat(find(SkillChart.class).id("cohort-skills-chart").getElement().getAttribute("data"))
                .contains("開始時の平均", "最新の平均", "障害対応");
        assertThat(test(find(Grid.class).id("cohort-skills-participants")).size()).isEqualTo(3);

        navigate("cohorts/" + fixtures.cohortId("第3期") + "/skills", CohortSkillsView.class);
        assertThat(find(Paragraph.class).withId("cohort-skills-empty").exists()).isTrue();

        signIn.as(DemoPeople.MENTOR);
        navigate("cohorts/" + fixtures.cohortId("第1期") + "/skills", NotFoundErrorView.class);
    }
}
