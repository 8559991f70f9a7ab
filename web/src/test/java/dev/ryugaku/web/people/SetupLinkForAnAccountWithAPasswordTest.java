package dev.ryugaku.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import dev.ryugaku.core.people.PasswordSetup;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.Mailbox;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.Speak;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A setup link for someone who has a password already is a password reset: it goes to that person
 * only, and using it ends their sessions and tells them by mail.
 */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class SetupLinkForAnAccountWithAPasswordTest extends SpringBrowserlessTest {

    private static final Pattern TOKEN = Pattern.compile("/password-setup/([A-Za-z0-9_-]{43})");

    @Autowired
    FreshPeople freshPeople;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    PasswordSetup passwordSetup;
    @Autowired
    Mailbox mailbox;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails(DemoPeople.OWNER)
    void theLinkIsMailedNotShownAndUsingItEndsSessionsAndSendsANotice() throws InterruptedException {
        Speak.in(Locale.JAPANESE);
        FreshPeople.Fresh person = freshPeople.withPassword("再設 定子", passwordEncoder.encode("the password she forgot"), Role.MENTOR);

        navigate("admin/people/" + person.personId(), PersonEditorView.class);
        test(find(Button.class).id("issue-setup-link")).click();

        assertThat(find(TextArea.class).withId("setup-links").exists()).as("never shown to the owner").isFalse();
        List<Mailbox.Mail> mails = mailbox.await(person.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).isEqualTo("【Ryugaku】パスワードの再設定");
        Matcher token = TOKEN.matcher(mails.getFirst().body());
        assertThat(token.find()).isTrue();

        String session = "reset-" + UUID.randomUUID();
        sessions.registerNewSession(session, users.loadUserByUsername(person.email()));
        passwordSetup.choosePassword(token.group(1), "a fresh start at last", "a fresh start at last");

        assertThat(sessions.getSessionInformation(session).isExpired()).isTrue();
        List<Mailbox.Mail> after = mailbox.await(person.email(), 2);
        assertThat(after).extracting(Mailbox.Mail::subject).contains("【Ryugaku】パスワードが変更されました");
        assertThat(passwordEncoder.matches("a fresh start at last",
                freshPeople.passwordHashOf(person))).isTrue();
        sessions.removeSessionInformation(session);
    }

    @Test
    @WithUserDetails(DemoPeople.OWNER)
    void aPersonWithoutAPasswordStillGetsALinkShownOnce() {
        FreshPeople.Fresh person = freshPeople.create("新規 一子", Locale.JAPANESE, ZoneId.of("Asia/Tokyo"), Role.MENTOR);
        navigate("admin/people/" + person.personId(), PersonEditorView.class);
        test(find(Button.class).id("issue-setup-link")).click();
        assertThat(find(TextArea.class).id("setup-links").getValue()).contains("/password-setup/");
    }
}
