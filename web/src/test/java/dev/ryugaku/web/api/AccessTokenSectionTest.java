package dev.ryugaku.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import dev.ryugaku.core.api.AccessTokenRow;
import dev.ryugaku.core.api.AccessTokens;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.navigation.SettingsPages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 設定 → APIトークン: a person creates a token and sees its secret once, lists and revokes theirs; owners see everyone's. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class AccessTokenSectionTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    AccessTokens tokens;
    @Autowired
    ApiClient api;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @SuppressWarnings("unchecked")
    private List<AccessTokenRow> rows(String grid) {
        return ((Grid<AccessTokenRow>) find(Grid.class).id(grid)).getGenericDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    private void revoke(String gridId, AccessTokenRow row) {
        Grid<AccessTokenRow> grid = find(Grid.class).id(gridId);
        int index = rows(gridId).indexOf(row);
        Button revoke = (Button) test(grid).getCellComponent(index, grid.getColumns().size() - 1);
        assertThat(revoke.getId()).contains(gridId + "-revoke-" + row.id());
        test(revoke).click();
    }

    @Test
    void aPersonCreatesATokenSeesItOnceAndRevokesIt() {
        FreshPeople.Fresh person = freshPeople.create("設定 三郎", Locale.JAPANESE, ZoneId.of("Asia/Tokyo"), Role.PARTICIPANT);
        signIn.as(person.email());
        Speak.in(Locale.JAPANESE);
        OpenPage.at(SettingsPages.settings());
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("APIトークン");
        assertThat(find(Grid.class).withId("access-tokens-everyone").exists()).as("owners only").isFalse();
        assertThat(rows("access-tokens-mine")).isEmpty();

        test(find(TextField.class).id("access-token-name")).setValue("オンコール bot");
        test(find(Checkbox.class).id("access-token-write")).click();
        test(find(Button.class).id("access-token-create")).click();

        Dialog shown = find(Dialog.class).id("access-token-created");
        assertThat(shown.getHeaderTitle()).isEqualTo("トークン「オンコール bot」を作成しました");
        String secret = find(TextField.class).id("access-token-secret").getValue();
        assertThat(secret).startsWith(AccessTokens.PREFIX);
        assertThat(tokens.authenticate(secret)).hasValueSatisfying(holder -> assertThat(holder.write()).isTrue());
        test(find(Button.class).id("access-token-created-close")).click();
        assertThat(find(TextField.class).withId("access-token-secret").exists()).isFalse();

        AccessTokenRow row = rows("access-tokens-mine").getFirst();
        assertThat(row.name()).isEqualTo("オンコール bot");
        revoke("access-tokens-mine", row);
        ConfirmDialog question = find(ConfirmDialog.class).single();
        assertThat(question.getElement().getProperty("header")).isEqualTo("トークン「オンコール bot」を無効にしますか？");
        test(question).confirm();

        assertThat(tokens.authenticate(secret)).isEmpty();
        assertThat(rows("access-tokens-mine")).singleElement().satisfies(r -> assertThat(r.revokedAt()).isNotNull());
    }

    @Test
    void aTokenLongerThanAYearIsRefusedBesideTheField() {
        FreshPeople.Fresh person = freshPeople.create("設定 四郎", Locale.ENGLISH, ZoneId.of("Asia/Tokyo"), Role.MENTOR);
        signIn.as(person.email());
        Speak.in(Locale.ENGLISH);
        OpenPage.at(SettingsPages.settings());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

        test(find(TextField.class).id("access-token-name")).setValue("too long");
        find(DatePicker.class).id("access-token-expires").setValue(today.plusYears(2));
        test(find(Button.class).id("access-token-create")).click();

        DatePicker expires = find(DatePicker.class).id("access-token-expires");
        assertThat(expires.isInvalid()).isTrue();
        assertThat(expires.getErrorMessage()).startsWith("A token works for at most a year");
        assertThat(find(Dialog.class).withId("access-token-created").exists()).isFalse();
        assertThat(rows("access-tokens-mine")).isEmpty();
    }

    @Test
    void anOwnerSeesAndRevokesEveryonesTokens() {
        String others = api.create(DemoPeople.PARTICIPANT2, false).token().name();
        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.ENGLISH);
        OpenPage.at(SettingsPages.settings());

        AccessTokenRow row = rows("access-tokens-everyone").stream().filter(r -> r.name().equals(others)).findFirst().orElseThrow();
        revoke("access-tokens-everyone", row);
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(rows("access-tokens-everyone")).extracting(AccessTokenRow::id).doesNotContain(row.id());
    }
}
