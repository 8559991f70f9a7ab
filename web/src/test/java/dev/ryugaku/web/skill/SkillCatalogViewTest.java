package dev.ryugaku.web.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.ryugaku.core.skill.SkillAreaRow;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.error.NotFoundErrorView;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** /admin/skills: the owners' catalogue and its editor, in both languages. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class SkillCatalogViewTest extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private Grid<SkillAreaRow> grid() {
        return find(Grid.class).id("skill-grid");
    }

    private SkillAreaRow row(String nameEn) {
        var tester = test(grid());
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).filter(r -> r.nameEn().equals(nameEn))
                .findFirst().orElseThrow();
    }

    private void fill(String nameJa, String nameEn, String descriptionJa, String descriptionEn) {
        test(find(TextField.class).id("skill-name-ja")).setValue(nameJa);
        test(find(TextField.class).id("skill-name-en")).setValue(nameEn);
        test(find(TextArea.class).id("skill-description-ja")).setValue(descriptionJa);
        test(find(TextArea.class).id("skill-description-en")).setValue(descriptionEn);
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void anOwnerAddsAnAreaInJapaneseAndSeesItInTheList() {
        Speak.in(Locale.JAPANESE);
        navigate(SkillCatalogView.class);
        var first = test(grid()).getRow(0);
        assertThat(first.name(Locale.JAPANESE)).isEqualTo("OS・Linux");
        assertThat(test(grid()).getCellText(0, 1)).isEqualTo("OS・Linux");
        assertThat(first.ratings()).isPositive();

        test(find(Button.class).id("add-skill")).click();
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        fill("コスト最適化 " + suffix, "Cost optimisation " + suffix, "クラウド費用の把握と削減。", "Knowing and cutting cloud costs.");
        test(find(Button.class).id("save-skill")).click();

        assertThat(getCurrentView()).isInstanceOf(SkillCatalogView.class);
        SkillAreaRow added = row("Cost optimisation " + suffix);
        assertThat(added.active()).isTrue();
        assertThat(added.ratings()).isZero();
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void missingAndTakenNamesAreShownBesideTheFieldsInEnglish() {
        Speak.in(Locale.ENGLISH);
        navigate(SkillAreaEditorView.class);
        fill("データベース", " ", "説明", "");
        test(find(Button.class).id("save-skill")).click();
        assertThat(find(TextField.class).id("skill-name-ja").getErrorMessage())
                .isEqualTo("A skill area with this name exists already.");
        assertThat(find(TextField.class).id("skill-name-en").getErrorMessage()).isEqualTo("Enter a name.");
        assertThat(find(TextArea.class).id("skill-description-en").getErrorMessage()).isEqualTo("Enter a description.");
        assertThat(find(TextArea.class).id("skill-description-ja").isInvalid()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(SkillAreaEditorView.class);
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void aRatedAreaCanOnlyBeDeactivatedAndLeavingWithChangesAsksFirstInJapanese() {
        Speak.in(Locale.JAPANESE);
        navigate(SkillCatalogView.class);
        long linux = row("OS / Linux").id();
        navigate("admin/skills/" + linux, SkillAreaEditorView.class);
        assertThat(find(Button.class).withId("delete-skill").exists()).isFalse();
        assertThat(find(Paragraph.class).id("skill-rated-note").getText()).contains("削除できません");

        test(find(TextArea.class).id("skill-description-ja")).setValue("変更中の説明");
        test(find(Button.class).id("back-to-skills")).click();
        ConfirmDialog guard = find(ConfirmDialog.class).single();
        assertThat(guard.getElement().getProperty("header")).isNotBlank();
        test(guard).cancel();
        assertThat(getCurrentView()).isInstanceOf(SkillAreaEditorView.class);
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void anUnratedAreaIsDeactivatedThenDeleted() {
        Speak.in(Locale.ENGLISH);
        navigate(SkillAreaEditorView.class);
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        fill("一時的な領域 " + suffix, "Temporary " + suffix, "試しに作る。", "Made to try.");
        test(find(Button.class).id("save-skill")).click();
        long id = row("Temporary " + suffix).id();

        navigate("admin/skills/" + id, SkillAreaEditorView.class);
        test(find(Checkbox.class).id("skill-active")).click();
        test(find(Button.class).id("save-skill")).click();
        assertThat(row("Temporary " + suffix).active()).isFalse();

        navigate("admin/skills/" + id, SkillAreaEditorView.class);
        test(find(Button.class).id("delete-skill")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        var tester = test(grid());
        assertThat(IntStream.range(0, tester.size()).mapToObj(tester::getRow)).noneMatch(r -> r.id() == id);
    }

    @Test
    @WithUserDetails(value = DemoPeople.MENTOR)
    void mentorsCannotOpenTheCatalogue() {
        Speak.in(Locale.JAPANESE);
        navigate("admin/skills", NotFoundErrorView.class);
        navigate("admin/skills/new", NotFoundErrorView.class);
    }
}
