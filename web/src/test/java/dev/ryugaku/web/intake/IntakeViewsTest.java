package dev.ryugaku.web.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.enrollment.MentorOption;
import dev.ryugaku.core.intake.ApplicationState;
import dev.ryugaku.core.intake.ApplicationView;
import dev.ryugaku.core.intake.IntakeService;
import dev.ryugaku.core.intake.NomineeOption;
import dev.ryugaku.web.skill.MentorSuggestions;
import dev.ryugaku.core.skill.MentorMatch;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.cohort.CohortTestData;
import dev.ryugaku.web.navigation.IntakePages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The intake pages without a browser, in both languages: the applicant's (also without a role),
 * the manager's list and the owner's round page, each reached from a home.
 */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class IntakeViewsTest extends SpringBrowserlessTest {

    @Autowired
    IntakeFixtures fixtures;

    @Autowired
    IntakeService intake;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    CohortService cohorts;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Div roundCard(long roundId) {
        return find(Div.class).all().stream().filter(d -> d.hasClassName("intake-round")
                && String.valueOf(roundId).equals(d.getElement().getAttribute("data-round"))).findFirst().orElseThrow();
    }

    private Div applicationCard(long applicationId) {
        return find(Div.class).all().stream().filter(d -> d.hasClassName("intake-application")
                && String.valueOf(applicationId).equals(d.getElement().getAttribute("data-id"))).findFirst().orElseThrow();
    }

    @Test
    void aRolelessPersonFindsIntakeOnTheirHomeAppliesAndWithdraws() {
        var world = fixtures.world(2, true);
        signIn.as(world.applicant());
        Speak.in(Locale.JAPANESE);
        OpenPage.at("");
        RouterLink apply = find(RouterLink.class).all().stream().filter(l -> l.hasClassName("intake-home-apply"))
                .findFirst().orElseThrow();
        assertThat(apply.getHref()).isEqualTo(IntakePages.mine());
        test(apply).click();
        assertThat(getCurrentView()).isInstanceOf(MyIntakeView.class);

        Div card = roundCard(world.roundId());
        test(find(Button.class).from(card).withCaption("応募する").single()).click();
        assertThat(find(TextArea.class).from(card).all().getFirst().getErrorMessage()).isEqualTo("志望動機を入力してください。");
        test(find(TextArea.class).from(roundCard(world.roundId())).all().getFirst()).setValue("SLOを学びたい。");
        test(find(Button.class).from(roundCard(world.roundId())).withCaption("応募する").single()).click();

        long id = intake.myApplications().getFirst().id();
        Div mine = applicationCard(id);
        assertThat(mine.getElement().getTextRecursively()).contains("マネージャーの承認待ち", "SLOを学びたい。");
        test(find(Button.class).from(mine).withCaption("取り下げる").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(intake.get(id).state()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(applicationCard(id).getElement().getTextRecursively()).contains("取り下げ");
    }

    @Test
    void inEnglishTheApplicantSeesTheOpenRoundAndTheirState() {
        var world = fixtures.world(2, false);
        long id = fixtures.apply(world.applicant(), world.roundId());
        Speak.in(Locale.ENGLISH);
        navigate(MyIntakeView.class);
        assertThat(applicationCard(id).getElement().getTextRecursively()).contains("Submitted", "Motivation");
        assertThat(find(Div.class).all().stream().noneMatch(d -> d.hasClassName("intake-round")
                && String.valueOf(world.roundId()).equals(d.getElement().getAttribute("data-round"))))
                .as("a round applied to is not offered again").isTrue();
    }

    @Test
    void theManagerApprovesDeclinesWithAReasonAndNominatesFromTheirList() {
        var world = fixtures.world(2, true);
        long approved = fixtures.apply(world.applicant(), world.roundId());
        long declined = fixtures.apply(world.teammate(), world.roundId());
        var fresh = fixtures.teamMember(world);
        signIn.as(world.manager());
        Speak.in(Locale.JAPANESE);
        OpenPage.at("");
        test(find(RouterLink.class).all().stream().filter(l -> l.hasClassName("intake-home-team")).findFirst()
                .orElseThrow()).click();
        assertThat(getCurrentView()).isInstanceOf(TeamIntakeView.class);

        test(find(Button.class).from(applicationCard(approved)).withCaption("承認する").single()).click();
        assertThat(intake.get(approved).state()).isEqualTo(ApplicationState.APPROVED);

        test(find(Button.class).from(applicationCard(declined)).withCaption("見送る").single()).click();
        test(find(Button.class).id("intake-decline-save")).click();
        assertThat(find(TextArea.class).id("intake-decline-reason").getErrorMessage()).isEqualTo("見送りの理由を入力してください。");
        assertThat(find(TextArea.class).id("intake-decline-reason").getHelperText()).contains("応募者に届きます");
        test(find(TextArea.class).id("intake-decline-reason")).setValue("リリース直前のため");
        test(find(Button.class).id("intake-decline-save")).click();
        assertThat(intake.get(declined).decisionReason()).isEqualTo("リリース直前のため");
        assertThat(applicationCard(declined).getElement().getTextRecursively()).contains("マネージャーが見送り", "リリース直前のため");

        @SuppressWarnings("unchecked")
        ComboBox<dev.ryugaku.core.intake.RoundView> round = find(ComboBox.class).id("intake-nominate-round");
        round.setValue(round.getListDataView().getItems().filter(r -> r.id() == world.roundId()).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<NomineeOption> person = find(ComboBox.class).id("intake-nominate-person");
        person.setValue(person.getListDataView().getItems().filter(n -> n.personId() == fresh.personId()).findFirst()
                .orElseThrow());
        test(find(Button.class).id("intake-nominate")).click();
        signIn.as(fresh.login());
        assertThat(intake.myApplications()).singleElement()
                .satisfies(a -> assertThat(a.state()).isEqualTo(ApplicationState.NOMINATED));
    }

    @Test
    void someoneWhoManagesNoTeamIsToldSoInEnglish() {
        signIn.as(DemoPeople.MENTOR);
        Speak.in(Locale.ENGLISH);
        navigate(TeamIntakeView.class);
        assertThat(find(Paragraph.class).id("intake-not-manager").getText())
                .isEqualTo("You are not registered as a team manager.");
    }

    @Test
    void theOwnerOpensARoundFromTheCohortPageAndSeesItsEmptyList() {
        signIn.as(DemoPeople.OWNER);
        var draft = CohortTestData.validDraft(cohorts);
        long cohortId = cohorts.create(draft);
        Speak.in(Locale.JAPANESE);
        OpenPage.at("cohorts/" + cohortId);
        test(find(RouterLink.class).id("cohort-intake")).click();
        assertThat(getCurrentView()).isInstanceOf(RoundIntakeView.class);

        test(find(Button.class).id("intake-round-save")).click();
        assertThat(find(DatePicker.class).id("intake-opens").getErrorMessage()).isEqualTo("受付の開始日と締切日を入力してください。");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        find(DatePicker.class).id("intake-opens").setValue(today);
        find(DatePicker.class).id("intake-closes").setValue(draft.getStartDate());
        test(find(Button.class).id("intake-round-save")).click();
        assertThat(find(DatePicker.class).id("intake-closes").getErrorMessage()).contains("期の開始日");
        find(DatePicker.class).id("intake-closes").setValue(today.plusDays(10));
        test(find(Button.class).id("intake-round-save")).click();
        assertThat(intake.roundOf(cohortId)).hasValueSatisfying(r -> assertThat(r.open()).isTrue());
        assertThat(find(Paragraph.class).id("intake-capacity").getText()).isEqualTo("定員の使用: 0 / 3名");
        test(find(Button.class).id("intake-round-close")).click();
        assertThat(intake.roundOf(cohortId)).hasValueSatisfying(r -> assertThat(r.open()).isFalse());
        test(find(Button.class).id("intake-delete-declined")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(find(Button.class).id("intake-delete-declined").isVisible()).isTrue();
    }

    @Test
    void theOwnerFiltersSelectsWithAMentorAndTheApplicantIsEnrolled() {
        var world = fixtures.world(2, false);
        long first = fixtures.apply(world.applicant(), world.roundId());
        long second = fixtures.apply(world.otherApplicant(), world.roundId());
        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.ENGLISH);
        OpenPage.at(IntakePages.round(world.cohortId()));
        assertThat(find(Div.class).id("intake-team-load").getElement().getTextRecursively()).contains("0 selected (1 in play)");
        Grid<ApplicationView> grid = applications();
        assertThat(rows(grid)).extracting(ApplicationView::id).containsExactly(first, second);

        @SuppressWarnings("unchecked")
        Select<ApplicationState> state = find(Select.class).id("intake-filter-state");
        state.setValue(ApplicationState.DECLINED);
        assertThat(rows(applications())).isEmpty();
        state.setValue(null);

        RoundIntakeView view = (RoundIntakeView) getCurrentView();
        view.decide(rows(applications()).getFirst(), RoundIntakeView.Decision.SELECT);
        @SuppressWarnings("unchecked")
        ComboBox<MentorOption> mentor = find(ComboBox.class).id("intake-mentor");
        MentorOption option = mentor.getListDataView().getItems().filter(m -> m.displayName().equals("高橋 健太"))
                .findFirst().orElseThrow();
        assertThat(mentor.getItemLabelGenerator().apply(option)).contains("高橋 健太", "active mentee");

        // the suggestions, ranked for this applicant's skills, fill in the mentor they pick
        test(find(Button.class).id("intake-suggest-mentors")).click();
        assertThat(find(MentorSuggestions.class).id("mentor-suggestions").isOpened()).isTrue();
        @SuppressWarnings("unchecked")
        var suggested = test((Grid<MentorMatch>) find(Grid.class).id("mentor-suggestions-grid"));
        MentorMatch firstSuggested = suggested.getRow(0);
        test((Button) suggested.getCellComponent(0, 3)).click();
        assertThat(mentor.getValue().id()).isEqualTo(firstSuggested.mentorId());

        mentor.setValue(option);
        assertThat(find(TextArea.class).id("intake-message").getHelperText()).contains("Sent to the applicant");
        test(find(TextArea.class).id("intake-message")).setValue("Welcome aboard");
        test(find(Button.class).id("intake-decide-save")).click();
        assertThat(find(Paragraph.class).id("intake-capacity").getText()).isEqualTo("Places used: 1 of 2");

        view = (RoundIntakeView) getCurrentView();
        view.decide(rows(applications()).get(1), RoundIntakeView.Decision.WAITLIST);
        test(find(Button.class).id("intake-decide-save")).click();
        assertThat(intake.get(second).state()).isEqualTo(ApplicationState.WAITLISTED);

        signIn.as(world.applicant());
        assertThat(enrollments.myRotation()).hasValueSatisfying(r -> assertThat(r.primaryMentorName()).isEqualTo("高橋 健太"));
        Speak.in(Locale.JAPANESE);
        navigate(MyIntakeView.class);
        assertThat(applicationCard(first).getElement().getTextRecursively()).contains("選考通過", "Welcome aboard",
                "参加登録されました");
    }

    @SuppressWarnings("unchecked")
    private Grid<ApplicationView> applications() {
        return find(Grid.class).id("intake-applications");
    }

    private List<ApplicationView> rows(Grid<ApplicationView> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }
}
