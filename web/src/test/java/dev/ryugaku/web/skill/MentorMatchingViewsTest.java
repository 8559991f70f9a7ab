package dev.ryugaku.web.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import dev.ryugaku.core.enrollment.MentorOption;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.skill.DeclaredSkillAreas;
import dev.ryugaku.core.skill.MentorMatch;
import dev.ryugaku.core.skill.SkillCatalogService;
import dev.ryugaku.core.skill.SkillRef;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.enrollment.FreshRotations;
import dev.ryugaku.web.navigation.EnrollmentPages;
import dev.ryugaku.web.navigation.SettingsPages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 設定 → 得意分野 for mentors, and おすすめのメンター on the enrollment form for owners. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class MentorMatchingViewsTest extends SpringBrowserlessTest {

    @Autowired
    FreshPeople people;

    @Autowired
    FreshRotations rotations;

    @Autowired
    DeclaredSkillAreas declared;

    @Autowired
    SkillCatalogService catalog;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<SkillRef> areas() {
        return find(CheckboxGroup.class).id("mentor-areas");
    }

    @Test
    void aMentorDeclaresTheirStrongestAreasUnderSettings() {
        FreshPeople.Fresh mentor = people.create("設定 メンター", Locale.JAPANESE, Person.DEFAULT_ZONE, Role.MENTOR);
        signIn.as(mentor.email());
        Speak.in(Locale.JAPANESE);
        OpenPage.at(SettingsPages.settings());
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("得意分野");
        assertThat(areas().getValue()).isEmpty();

        test(areas()).selectItems("OS・Linux", "データベース");
        test(find(Button.class).id("save-mentor-areas")).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("得意分野を保存しました（2件）。");
        assertThat(declared.mine()).hasSize(2);
        Speak.in(Locale.ENGLISH);
        OpenPage.at(SettingsPages.settings());
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Strongest areas");
        assertThat(areas().getValue()).extracting(SkillRef::nameEn).containsExactlyInAnyOrder("OS / Linux", "Databases");
    }

    @Test
    void peopleWhoAreNotMentorsSeeNoStrongestAreas() {
        for (String login : List.of(DemoPeople.PARTICIPANT, DemoPeople.OWNER)) {
            signIn.as(login);
            OpenPage.at(SettingsPages.settings());
            assertThat(find(CheckboxGroup.class).withId("mentor-areas").exists()).as(login).isFalse();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOwnerEnrollingSomeonePicksASuggestedMentor() {
        FreshPeople.Fresh mentor = people.create("提案 メンター", Locale.JAPANESE, Person.DEFAULT_ZONE, Role.MENTOR);
        signIn.as(mentor.email());
        SkillRef cloud = catalog.active().stream().filter(area -> area.nameJa().equals("クラウド・IaC")).findFirst().orElseThrow();
        declared.declare(List.of(cloud.id()));
        signIn.as(DemoPeople.OWNER);
        long cohort = rotations.cohort(LocalDate.of(2095, 4, 1), LocalDate.of(2095, 9, 30));
        Speak.in(Locale.JAPANESE);
        OpenPage.at(EnrollmentPages.enroll(cohort));

        test(find(Button.class).id("suggest-mentors")).click();
        MentorSuggestions dialog = (MentorSuggestions) find(MentorSuggestions.class).id("mentor-suggestions");
        assertThat(dialog.getHeaderTitle()).isEqualTo("おすすめのメンター");
        test(find(MultiSelectComboBox.class).id("mentor-suggestions-skills")).selectItem("クラウド・IaC");

        List<MentorMatch> shown = dialog.shown();
        int row = shown.indexOf(shown.stream().filter(m -> m.mentorId() == mentor.personId()).findFirst().orElseThrow());
        assertThat(shown.get(row).overlap()).isEqualTo(1);
        assertThat(shown.subList(0, row)).allSatisfy(above -> assertThat(above.overlap()).isEqualTo(1));
        var grid = test((Grid<MentorMatch>) find(Grid.class).id("mentor-suggestions-grid"));
        assertThat(grid.getCellText(row, 0)).isEqualTo("提案 メンター");
        assertThat(grid.getCellText(row, 1)).isEqualTo("クラウド・IaC");
        assertThat(grid.getCellText(row, 2)).isEqualTo("0名");

        Button pick = (Button) grid.getCellComponent(row, 3);
        assertThat(pick.getAriaLabel()).contains("提案 メンターを選ぶ");
        test(pick).click();

        assertThat(dialog.isOpened()).isFalse();
        ComboBox<MentorOption> primary = find(ComboBox.class).id("enrollment-primary-mentor");
        assertThat(primary.getValue().id()).isEqualTo(mentor.personId());
    }
}
