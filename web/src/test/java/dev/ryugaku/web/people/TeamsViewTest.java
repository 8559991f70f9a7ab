package dev.ryugaku.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.people.TeamSummary;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class TeamsViewTest extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private Grid<TeamSummary> grid() {
        return find(Grid.class).id("team-grid");
    }

    private TeamSummary row(String name) {
        var tester = test(grid());
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).filter(t -> t.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void ownerAddsATeamAndSeesItListedWithItsMembers() {
        Speak.in(Locale.JAPANESE);
        navigate(TeamsView.class);
        assertThat(row("決済チーム").members()).isEqualTo(3);
        String name = "データ基盤チーム " + UUID.randomUUID().toString().substring(0, 4);
        test(find(Button.class).id("add-team")).click();
        test(find(TextField.class).id("team-name")).setValue(name);
        test(find(Button.class).id("save-team")).click();
        assertThat(row(name).kind()).isEqualTo(TeamKind.PRODUCT);
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void aTakenNameAndAHostTeamTurnedProductAreRefused() {
        Speak.in(Locale.ENGLISH);
        navigate(TeamsView.class);
        test(find(Button.class).id("add-team")).click();
        test(find(TextField.class).id("team-name")).setValue(" 検索チーム ");
        test(find(Button.class).id("save-team")).click();
        assertThat(find(TextField.class).id("team-name").getErrorMessage()).isEqualTo("A team with this name exists already.");
        test(find(Button.class).withCaption("Back").last()).click();

        ((TeamsView) getCurrentView()).edit(row("SREチーム"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<TeamKind> kind = find(RadioButtonGroup.class).id("team-kind");
        kind.setValue(TeamKind.PRODUCT);
        test(find(Button.class).id("save-team")).click();
        assertThat(kind.getErrorMessage()).isEqualTo("This team hosts cohorts, so it must stay an SRE team.");
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void aTeamNameWithALineBreakIsRefusedBesideTheField() {
        Speak.in(Locale.JAPANESE);
        navigate(TeamsView.class);
        test(find(Button.class).id("add-team")).click();
        test(find(TextField.class).id("team-name")).setValue("改行\nチーム");
        test(find(Button.class).id("save-team")).click();
        assertThat(find(TextField.class).id("team-name").getErrorMessage()).isEqualTo("チーム名に改行・タブなどの制御文字は使えません。");
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void anOwnerNamesATeamsManagerWhoThenApprovesItsIntake(@Autowired dev.ryugaku.core.intake.IntakeService intake) {
        Speak.in(Locale.JAPANESE);
        navigate(TeamsView.class);
        String name = "マネージャーのいるチーム " + UUID.randomUUID().toString().substring(0, 4);
        test(find(Button.class).id("add-team")).click();
        test(find(TextField.class).id("team-name")).setValue(name);
        @SuppressWarnings("unchecked")
        ComboBox<dev.ryugaku.core.intake.NomineeOption> manager = find(ComboBox.class).id("team-manager");
        assertThat(manager.getLabel()).isEqualTo("マネージャー（募集の推薦と承認）");
        manager.setValue(manager.getListDataView().getItems().filter(p -> p.displayName().equals("加藤 拓海"))
                .findFirst().orElseThrow());
        test(find(Button.class).id("save-team")).click();
        assertThat(intake.managerOf(row(name).id())).isPresent();

        ((TeamsView) getCurrentView()).edit(row(name));
        @SuppressWarnings("unchecked")
        ComboBox<dev.ryugaku.core.intake.NomineeOption> shown = find(ComboBox.class).id("team-manager");
        assertThat(shown.getValue().displayName()).isEqualTo("加藤 拓海");
        shown.clear();
        test(find(Button.class).id("save-team")).click();
        assertThat(intake.managerOf(row(name).id())).isEmpty();
    }
}
