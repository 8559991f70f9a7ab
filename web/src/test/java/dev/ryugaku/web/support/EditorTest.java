package dev.ryugaku.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.ryugaku.core.skill.SkillAreaDraft;
import dev.ryugaku.core.skill.SkillCatalogService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.error.NotFoundErrorView;
import dev.ryugaku.web.navigation.CohortPages;
import dev.ryugaku.web.navigation.EnrollmentPages;
import dev.ryugaku.web.navigation.HomePages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.PeoplePages;
import dev.ryugaku.web.navigation.SkillPages;
import dev.ryugaku.web.navigation.TaskPages;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** What every editor shares through {@link Editor}, tried on the editors themselves. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class EditorTest extends SpringBrowserlessTest {

    private static final long NO_SUCH_ID = 999_999_999L;

    @Autowired
    SkillCatalogService catalog;

    private long anUnratedSkillArea() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        SkillAreaDraft draft = new SkillAreaDraft();
        draft.setNameJa("編集の試し " + suffix);
        draft.setNameEn("Editing trial " + suffix);
        draft.setDescriptionJa("編集を試す領域。");
        draft.setDescriptionEn("An area to try editing.");
        draft.setActive(true);
        return catalog.create(draft);
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void everyEditorShowsNotFoundForAnIdThatDoesNotExist() {
        Speak.in(Locale.JAPANESE);
        for (String address : new String[] {CohortPages.edit(NO_SUCH_ID), EnrollmentPages.enroll(NO_SUCH_ID),
                EnrollmentPages.edit(NO_SUCH_ID), TaskPages.edit(NO_SUCH_ID), PeoplePages.person(NO_SUCH_ID),
                SkillPages.skillArea(NO_SUCH_ID)}) {
            navigate(address, NotFoundErrorView.class);
        }
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void aConcurrentEditIsRefusedWithTheReasonAndKeepsWhatWasTyped() {
        Speak.in(Locale.JAPANESE);
        long id = anUnratedSkillArea();
        OpenPage.at(SkillPages.skillArea(id));
        // meanwhile another owner saves the same area
        var other = catalog.openForEdit(id);
        other.draft().setDescriptionEn("Saved by someone else.");
        catalog.update(id, other.version(), other.draft());

        test(find(TextArea.class).id("skill-description-en")).setValue("Typed here.");
        test(find(Button.class).id("save-skill")).click();

        assertThat(getCurrentView().getClass()).isEqualTo(Pages.view(SkillPages.skillArea(id)));
        assertThat(find(TextArea.class).id("skill-description-en").getValue()).isEqualTo("Typed here.");
        assertThat(test(find(Notification.class).last()).getText())
                .startsWith("この内容は保存中に他のユーザーによって更新されました。");
        assertThat(catalog.openForEdit(id).draft().getDescriptionEn()).isEqualTo("Saved by someone else.");
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void leavingWithUnsavedChangesAsksAndStaysUntilConfirmed() {
        Speak.in(Locale.ENGLISH);
        OpenPage.at(PeoplePages.newPerson());
        test(find(TextField.class).id("person-name")).setValue("山田 花子");

        Pages.navigate(HomePages.home());

        ConfirmDialog question = find(ConfirmDialog.class).single();
        assertThat(getCurrentView().getClass()).isEqualTo(Pages.view(PeoplePages.newPerson()));
        test(question).confirm();
        assertThat(getCurrentView().getClass()).isEqualTo(Pages.view(HomePages.home()));
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void afterSavingLeavingAsksNothing() {
        Speak.in(Locale.ENGLISH);
        long id = anUnratedSkillArea();
        OpenPage.at(SkillPages.skillArea(id));
        test(find(TextArea.class).id("skill-description-en")).setValue("Saved before leaving.");

        test(find(Button.class).id("save-skill")).click();

        assertThat(find(ConfirmDialog.class).exists()).isFalse();
        assertThat(getCurrentView().getClass()).isEqualTo(Pages.view(SkillPages.catalog()));
        assertThat(catalog.openForEdit(id).draft().getDescriptionEn()).isEqualTo("Saved before leaving.");
    }
}
