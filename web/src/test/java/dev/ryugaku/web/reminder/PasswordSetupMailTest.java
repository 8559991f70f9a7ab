package dev.ryugaku.web.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.people.PasswordSetup;
import dev.ryugaku.core.people.PeopleImport;
import dev.ryugaku.core.people.PersonDraft;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.Mailbox;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** New accounts receive their password-setup link by mail, in their language; only its hash is ever stored. */
@RyugakuTest
class PasswordSetupMailTest {

    @Autowired
    PeopleImport peopleImport;

    @Autowired
    PersonService people;

    @Autowired
    PasswordSetup passwordSetup;

    @Autowired
    ReminderJob job;

    @Autowired
    Mailbox mailbox;

    @Autowired
    SignIn signIn;

    @Autowired
    ReminderFixtures fixtures;

    @AfterEach
    void cleanUp() {
        mailbox.startServer();
        SignIn.out();
    }

    @Test
    void importedPeopleReceiveTheirSetupLinkByMailInTheirLanguage() throws Exception {
        signIn.as(DemoPeople.OWNER);
        String japanese = "import-ja-" + UUID.randomUUID() + "@example.com";
        String english = "import-en-" + UUID.randomUUID() + "@example.com";

        List<PasswordSetup.IssuedLink> links = peopleImport.importAll(("email,display_name,team,roles,locale\n"
                + japanese + ",井上 亮,検索チーム,PARTICIPANT,ja\n"
                + english + ",Alex Smith,SREチーム,MENTOR,en\n").getBytes(StandardCharsets.UTF_8));

        List<Mailbox.Mail> toJapanese = mailbox.await(japanese, 1);
        assertThat(toJapanese).hasSize(1);
        assertThat(toJapanese.getFirst().subject()).isEqualTo("【Ryugaku】パスワードを設定してください");
        assertThat(toJapanese.getFirst().body()).startsWith("井上 亮 さん\n\n")
                .contains("https://ryugaku.test.example/password-setup/" + links.get(0).token())
                .contains("このメールアドレス（" + japanese + "）")
                .doesNotContain("設定で止められます");
        List<Mailbox.Mail> toEnglish = mailbox.await(english, 1);
        assertThat(toEnglish).hasSize(1);
        assertThat(toEnglish.getFirst().subject()).isEqualTo("[Ryugaku] Choose your password");
        assertThat(toEnglish.getFirst().body()).startsWith("Hello Alex Smith,\n\n")
                .contains("https://ryugaku.test.example/password-setup/" + links.get(1).token());

        assertThat(passwordSetup.personFor(links.get(0).token())).as("the mailed link works").contains("井上 亮");
        for (PasswordSetup.IssuedLink link : links) {
            Map<String, Object> reminder = fixtures.rowOf(link.personId(), "PASSWORD_SETUP");
            assertThat(reminder.get("status")).isEqualTo("SENT");
            assertThat(reminder.values()).as("the token is never stored")
                    .noneMatch(value -> value != null && value.toString().contains(link.token()));
        }
    }

    @Test
    void aSetupLinkMailTheServerRefusedIsRecordedAndNotRetriedTheOwnerStillHasTheLink() throws Exception {
        signIn.as(DemoPeople.OWNER);
        String email = "offline-" + UUID.randomUUID() + "@example.com";
        PersonDraft draft = new PersonDraft();
        draft.setDisplayName("不達 三郎");
        draft.setEmail(email);
        draft.setRoles(Set.of(Role.PARTICIPANT));

        mailbox.stopServer();
        PasswordSetup.IssuedLink link = people.create(draft);
        Map<String, Object> reminder = fixtures.awaitSettled(link.personId(), "PASSWORD_SETUP");
        mailbox.startServer();

        assertThat(reminder.get("status")).isEqualTo("FAILED");
        assertThat(((Number) reminder.get("attempts")).intValue()).isEqualTo(1);
        assertThat(reminder.get("next_attempt_at")).isNull();
        job.retry();
        assertThat(mailbox.to(email)).as("the job cannot resend: it never had the token").isEmpty();
        assertThat(passwordSetup.personFor(link.token())).as("the link the owner sees still works").contains("不達 三郎");
    }
}
