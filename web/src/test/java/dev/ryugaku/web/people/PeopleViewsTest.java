package dev.ryugaku.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.ryugaku.core.people.PersonSummary;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.Mailbox;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.error.NotFoundErrorView;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** People administration as a program owner uses it. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class PeopleViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    private List<String> listedNames() {
        @SuppressWarnings("unchecked")
        Grid<PersonSummary> grid = find(Grid.class).id("people-grid");
        var tester = test(grid);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            names.add(tester.getRow(i).displayName());
        }
        return names;
    }

    private String addPerson(String name, String email) {
        navigate(PersonEditorView.class);
        test(find(TextField.class).id("person-name")).setValue(name);
        test(find(TextField.class).id("person-email")).setValue(email);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = find(CheckboxGroup.class).id("person-roles");
        roles.setValue(Set.of(Role.PARTICIPANT));
        test(find(Button.class).id("save-person")).click();
        return find(TextArea.class).withId("setup-links").exists() ? find(TextArea.class).id("setup-links").getValue() : null;
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void ownerSearchesPeopleByNameEmailOrTeam() {
        Speak.in(Locale.JAPANESE);
        navigate(PeopleListView.class);
        assertThat(listedNames()).contains("田中 翔太", "高橋 健太");
        test(find(TextField.class).id("people-search")).setValue("モバイル");
        assertThat(listedNames()).containsExactlyInAnyOrder("中村 大輝", "山田 蓮");
        test(find(TextField.class).id("people-search")).setValue("PARTICIPANT2@");
        assertThat(listedNames()).containsExactly("鈴木 美月");
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void aNewAccountGetsAOneTimePasswordSetupLinkAlsoByMail(@Autowired Mailbox mailbox) throws InterruptedException {
        Speak.in(Locale.JAPANESE);
        String email = "new-" + UUID.randomUUID() + "@example.com";
        String links = addPerson("新人 一郎", email);
        assertThat(links).startsWith("新人 一郎\t").contains("/password-setup/");
        assertThat(find(Paragraph.class).id("setup-link-mailed").getText()).isEqualTo("リンクは本人にもメールで送られます。");
        List<Mailbox.Mail> mails = mailbox.await(email, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().body()).as("the same link, by mail").contains(links.substring(links.indexOf('\t') + 1));
        assertThat(users.loadUserByUsername(email).isEnabled()).as("no password yet").isFalse();
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void aTakenAddressIsRefusedBesideTheFieldInJapanese() {
        Speak.in(Locale.JAPANESE);
        assertThat(addPerson("重複 太郎", "Participant@Ryugaku.Example")).isNull();
        assertThat(find(TextField.class).id("person-email").getErrorMessage()).isEqualTo("このメールアドレスはすでに登録されています。");
        assertThat(find(TextField.class).id("person-name").getValue()).as("what was typed stays").isEqualTo("重複 太郎");
    }

    @Test
    @WithUserDetails(DemoPeople.OWNER)
    void badInputIsRefusedBesideTheFieldInEnglish() {
        Speak.in(Locale.ENGLISH);
        assertThat(addPerson("", "broken")).isNull();
        assertThat(find(TextField.class).id("person-email").getErrorMessage()).isEqualTo("This is not a valid e-mail address.");
        assertThat(find(TextField.class).id("person-name").getErrorMessage()).isEqualTo("Enter a display name.");
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void aDeactivatedPersonCannotSignInButTheirRecordStays() {
        Speak.in(Locale.JAPANESE);
        String email = "leaver-" + UUID.randomUUID() + "@example.com";
        addPerson("退職 花子", email);
        test(find(Button.class).id("close-setup-links")).click();
        assertThat(getCurrentView()).isInstanceOf(PersonEditorView.class);

        test(find(Button.class).id("toggle-active")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(find(Span.class).id("person-state").getText()).isEqualTo("無効");
        assertThat(users.loadUserByUsername(email).isEnabled()).isFalse();
        assertThat(find(Details.class).single().getSummaryText()).isEqualTo("変更履歴（2件）");

        navigate(PeopleListView.class);
        test(find(TextField.class).id("people-search")).setValue(email);
        assertThat(listedNames()).containsExactly("退職 花子");
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void anOwnerCannotLockThemselvesOut(@Autowired dev.ryugaku.core.people.PersonService people,
                                        @Autowired dev.ryugaku.web.enrollment.EnrollmentFixtures fixtures) {
        Speak.in(Locale.JAPANESE);
        long me = fixtures.personId(DemoPeople.OWNER);
        navigate("admin/people/" + me, PersonEditorView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = find(CheckboxGroup.class).id("person-roles");
        roles.setValue(Set.of(Role.MENTOR));
        test(find(Button.class).id("save-person")).click();
        assertThat(roles.getErrorMessage()).isEqualTo("自分自身からプログラムオーナーのロールを外すことはできません。");
        roles.setValue(Set.of(Role.PROGRAM_OWNER));
        test(find(Button.class).id("toggle-active")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(people.get(me).active()).isTrue();
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void theTimeZoneChoiceOffersRealZonesOnly() {
        Speak.in(Locale.JAPANESE);
        navigate(PersonEditorView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ZoneId> zone = find(ComboBox.class).id("person-zone");

        // the calendar library registers synthetic zones with java.time; they stay out of the choice
        assertThat(ZoneId.getAvailableZoneIds()).anyMatch(id -> id.startsWith("ical4j"));
        assertThat(zone.getListDataView().getItems().map(ZoneId::getId).toList())
                .contains("Asia/Tokyo", "Europe/Berlin").noneMatch(id -> id.startsWith("ical4j"));
    }

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT)
    void participantsCannotOpenPeopleAdministration() {
        navigate("admin/people", NotFoundErrorView.class);
        navigate("admin/people/1", NotFoundErrorView.class);
        navigate("admin/teams", NotFoundErrorView.class);
        navigate("admin/people/import", NotFoundErrorView.class);
    }

    @Test
    @WithUserDetails(value = DemoPeople.MENTOR)
    void mentorsCannotOpenPeopleAdministration() {
        navigate("admin/people/new", NotFoundErrorView.class);
    }
}
