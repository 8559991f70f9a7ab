package dev.ryugaku.web.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.cohort.CohortSummary;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.error.NotFoundErrorView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The cohort pages as each role uses them, without a browser. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class CohortViewsTest extends SpringBrowserlessTest {

    @Autowired
    CohortService cohorts;

    @Autowired
    JdbcTemplate jdbc;

    private long cohortId(String name) {
        return jdbc.queryForObject("select id from cohort where name = ?", Long.class, name);
    }

    private static void speak(Locale locale) {
        Speak.in(locale);
    }

    private List<String> gridNames() {
        @SuppressWarnings("unchecked")
        Grid<CohortSummary> grid = find(Grid.class).id("cohort-grid");
        var tester = test(grid);
        List<String> names = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            names.add(tester.getRow(row).name());
        }
        return names;
    }

    private CohortEditorView fillValidForm() {
        CohortEditorView editor = navigate(CohortEditorView.class);
        test(find(TextField.class).id("cohort-name")).setValue("第8期 " + UUID.randomUUID().toString().substring(0, 6));
        test(find(DatePicker.class).id("cohort-start")).setValue(LocalDate.of(2027, 10, 1));
        test(find(DatePicker.class).id("cohort-end")).setValue(LocalDate.of(2028, 3, 31));
        test(find(IntegerField.class).id("cohort-capacity")).setValue(4);
        @SuppressWarnings("unchecked")
        ComboBox<Object> host = find(ComboBox.class).id("cohort-host-team");
        test(host).selectItem("SREチーム");
        return editor;
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void ownerSeesEveryCohortInTheListAndOnTheTimeline() {
        speak(Locale.JAPANESE);
        navigate(CohortListView.class);
        assertThat(gridNames()).contains("第1期", "第2期", "第3期");
        assertThat(find(Button.class).id("create-cohort").getText()).isEqualTo("期を作成");
        // the bars are links (keyboard-reachable), each to its cohort's page
        assertThat(find(RouterLink.class).all().stream().filter(link -> link.hasClassName("timeline-bar")).toList())
                .extracting(link -> link.getElement().getTextRecursively(), RouterLink::getHref)
                .contains(tuple("第2期", "cohorts/" + cohortId("第2期")));
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT)
    void participantSeesOnlyTheirOwnCohortAndNoCreateButton() {
        speak(Locale.JAPANESE);
        navigate(CohortListView.class);
        assertThat(gridNames()).containsExactly("第2期");
        assertThat(find(Button.class).withId("create-cohort").exists()).isFalse();
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT)
    void participantIsRefusedTheCreateAndEditRoutes() {
        speak(Locale.JAPANESE);
        long second = CohortTestData.idOf(cohorts, "第2期");
        navigate("cohorts/new", NotFoundErrorView.class);
        navigate("cohorts/" + second + "/edit", NotFoundErrorView.class);
    }

    @Test
    @WithUserDetails(value = DemoPeople.MENTOR)
    void mentorSeesTheirCohortReadOnlyAndIsRefusedTheEditRoute() {
        speak(Locale.ENGLISH);
        long first = CohortTestData.idOf(cohorts, "第1期");
        navigate("cohorts/" + first, CohortDetailView.class);
        assertThat(find(Button.class).withId("edit-cohort").exists()).isFalse();
        assertThat(find(Button.class).withId("cancel-cohort").exists()).isFalse();
        navigate("cohorts/" + first + "/edit", NotFoundErrorView.class);
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT)
    void participantTypingAnotherCohortsIdIntoTheUrlSeesNotFound() {
        speak(Locale.JAPANESE);
        long second = CohortTestData.idOf(cohorts, "第2期");
        navigate("cohorts/" + second, CohortDetailView.class);
        assertThat(find(Button.class).withId("edit-cohort").exists()).isFalse();
        for (long otherId = 1; otherId <= second + 3; otherId++) {
            if (otherId != second) {
                navigate("cohorts/" + otherId, NotFoundErrorView.class);
            }
        }
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void ownerCreatesACohortAndLandsOnItsPage() {
        speak(Locale.JAPANESE);
        fillValidForm();
        String name = find(TextField.class).id("cohort-name").getValue();
        test(find(Button.class).id("save-cohort")).click();

        CohortDetailView detail = (CohortDetailView) getCurrentView();
        assertThat(detail.getPageTitle()).isEqualTo(name);
        assertThat(cohorts.timeline(LocalDate.of(2027, 10, 1), LocalDate.of(2028, 3, 31)))
                .extracting(CohortSummary::name).contains(name);
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void badInputIsExplainedBesideTheFieldInJapaneseAndNothingIsSaved() {
        speak(Locale.JAPANESE);
        long before = cohorts.count();
        fillValidForm();
        test(find(DatePicker.class).id("cohort-end")).setValue(LocalDate.of(2027, 9, 1));
        test(find(IntegerField.class).id("cohort-capacity")).setValue(0);
        test(find(Button.class).id("save-cohort")).click();

        DatePicker end = find(DatePicker.class).id("cohort-end");
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("終了日は開始日より後の日付にしてください。");
        IntegerField capacity = find(IntegerField.class).id("cohort-capacity");
        assertThat(capacity.getErrorMessage()).isEqualTo("定員は1名以上にしてください。");
        assertThat(getCurrentView()).isInstanceOf(CohortEditorView.class);
        assertThat(find(TextField.class).id("cohort-name").getValue()).startsWith("第8期");
        assertThat(cohorts.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void badInputIsExplainedBesideTheFieldInEnglish() {
        speak(Locale.ENGLISH);
        fillValidForm();
        test(find(TextField.class).id("cohort-name")).setValue("第2期");
        test(find(DatePicker.class).id("cohort-end")).setValue(LocalDate.of(2027, 9, 1));
        test(find(DatePicker.class).id("cohort-kickoff")).setValue(LocalDate.of(2027, 9, 1));
        test(find(Button.class).id("save-cohort")).click();

        assertThat(find(TextField.class).id("cohort-name").getErrorMessage())
                .isEqualTo("A cohort with this name exists already. Choose another name.");
        assertThat(find(DatePicker.class).id("cohort-end").getErrorMessage())
                .isEqualTo("The end date must come after the start date.");
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void aMilestoneOutsideThePeriodNamesThePeriodInTheUsersDateFormat() {
        speak(Locale.ENGLISH);
        fillValidForm();
        test(find(DatePicker.class).id("cohort-final-review")).setValue(LocalDate.of(2028, 4, 2));
        test(find(Button.class).id("save-cohort")).click();
        assertThat(find(DatePicker.class).id("cohort-final-review").getErrorMessage())
                .isEqualTo("Choose a date within the period (Oct 1, 2027 to Mar 31, 2028).");
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void theSecondOfTwoConcurrentEditsIsRefusedAndKeepsItsInput() {
        speak(Locale.JAPANESE);
        var draft = CohortTestData.validDraft(cohorts);
        long id = cohorts.create(draft);

        navigate("cohorts/" + id + "/edit", CohortEditorView.class);
        // meanwhile another owner saves the same cohort
        var other = cohorts.openForEdit(id);
        other.draft().setCapacity(7);
        cohorts.update(id, other.version(), other.draft());

        test(find(IntegerField.class).id("cohort-capacity")).setValue(9);
        test(find(Button.class).id("save-cohort")).click();

        assertThat(getCurrentView()).isInstanceOf(CohortEditorView.class);
        assertThat(find(IntegerField.class).id("cohort-capacity").getValue()).isEqualTo(9);
        Notification refusal = find(Notification.class).last();
        assertThat(test(refusal).getText()).startsWith("この内容は保存中に他のユーザーによって更新されました。");
        assertThat(cohorts.get(id).capacity()).isEqualTo(7);
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void ownerCancelsACohortAfterConfirming() {
        speak(Locale.ENGLISH);
        long id = cohorts.create(CohortTestData.validDraft(cohorts));
        navigate("cohorts/" + id, CohortDetailView.class);
        test(find(Button.class).id("cancel-cohort")).click();
        test(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();
        assertThat(cohorts.get(id).status().name()).isEqualTo("CANCELLED");
        assertThat(find(Button.class).withId("cancel-cohort").exists()).isFalse();
    }
}
