package dev.ryugaku.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import dev.ryugaku.core.people.AccountLookup;
import dev.ryugaku.core.people.ImportRow;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** CSV import: a preview naming every row's result, then all or nothing. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class PeopleImportViewTest extends SpringBrowserlessTest {

    private static final String HEADER = "email,display_name,team,roles,locale\n";

    @Autowired
    AccountLookup accounts;

    private void upload(String csv, boolean withBom) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] content = text;
        if (withBom) {
            content = new byte[text.length + 3];
            content[0] = (byte) 0xEF;
            content[1] = (byte) 0xBB;
            content[2] = (byte) 0xBF;
            System.arraycopy(text, 0, content, 3, text.length);
        }
        test(find(Upload.class).id("people-upload")).upload("people.csv", "text/csv", content);
    }

    @SuppressWarnings("unchecked")
    private Grid<ImportRow> rows() {
        return find(Grid.class).id("import-rows");
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void aFileWithBadRowsNamesEachLineAndImportsNothing() {
        Speak.in(Locale.JAPANESE);
        navigate(PeopleImportView.class);
        String fresh = "ok-" + UUID.randomUUID() + "@example.com";
        upload(HEADER + fresh + ",良い 行,決済チーム,PARTICIPANT,ja\n"
                + "participant@ryugaku.example,重複,決済チーム,PARTICIPANT,ja\n"
                + "bad-address,名前,存在しないチーム,ADMIN,ja\n", false);

        assertThat(find(Paragraph.class).id("import-summary").getText())
                .isEqualTo("3件中2件に誤りがあります。ファイルを直してからもう一度選んでください。何も取り込まれていません。");
        var tester = test(rows());
        assertThat(tester.getCellText(0, 0)).isEqualTo("2");
        assertThat(tester.getCellText(0, 5)).isEqualTo("取り込めます");
        assertThat(tester.getCellText(1, 5)).isEqualTo("このメールアドレスはすでに登録されています。");
        assertThat(tester.getCellText(2, 0)).isEqualTo("4");
        assertThat(tester.getCellText(2, 5)).contains("メールアドレスの形式が正しくありません。",
                "ロール「ADMIN」はありません", "チーム「存在しないチーム」は登録されていません。");
        assertThat(find(Button.class).id("import-confirm").isEnabled()).isFalse();
        assertThat(accounts.findBySignInName(fresh)).isEmpty();
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void aValidFileFromExcelIsImportedWithALinkForEachPerson() {
        Speak.in(Locale.ENGLISH);
        navigate(PeopleImportView.class);
        String first = "a-" + UUID.randomUUID() + "@example.com";
        String second = "b-" + UUID.randomUUID() + "@example.com";
        upload(HEADER + first + ",\"井上, 亮\",検索チーム,PARTICIPANT,ja\n" + second + ",Alex Smith,SREチーム,MENTOR;PROGRAM_OWNER,en\n", true);

        assertThat(find(Paragraph.class).id("import-summary").getText()).startsWith("All 2 lines can be imported.");
        test(find(Button.class).id("import-confirm")).click();
        String links = find(TextArea.class).id("setup-links").getValue();
        assertThat(links.lines()).hasSize(2);
        assertThat(links).contains("井上, 亮\t", "Alex Smith\t", "/password-setup/");
        assertThat(accounts.findBySignInName(second)).hasValueSatisfying(p ->
                assertThat(p.getRoles()).hasSize(2));
        assertThat(accounts.findBySignInName(first).orElseThrow().getHomeTeam()).isNotNull();
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void aFileThatIsNotUtf8IsRefusedAsAWhole() {
        Speak.in(Locale.JAPANESE);
        navigate(PeopleImportView.class);
        byte[] shiftJis = (HEADER + "x@example.com,田中,,PARTICIPANT,ja\n").getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        test(find(Upload.class).id("people-upload")).upload("people.csv", "text/csv", shiftJis);
        assertThat(find(Paragraph.class).id("import-summary").getText()).startsWith("ファイルがUTF-8ではありません。");
        assertThat(find(Button.class).id("import-confirm").isEnabled()).isFalse();
    }
}
