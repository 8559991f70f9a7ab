package dev.ryugaku.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** 設定 → パスワードの変更, as a person with a local password uses it. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class PasswordChangeSectionTest extends SpringBrowserlessTest {

    private static final String OLD = "an old but fine password";

    @Autowired
    FreshPeople freshPeople;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SignIn signIn;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    UserDetailsService users;

    private FreshPeople.Fresh person;

    private void signInWithPassword(String hash) {
        person = freshPeople.withPassword("鍵 変子", hash, Role.PARTICIPANT);
        signIn.as(person.email());
        Speak.in(Locale.JAPANESE);
        navigate(SettingsView.class);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void change(String current, String password, String confirmation) {
        test(find(PasswordField.class).id("current-password")).setValue(current);
        test(find(PasswordField.class).id("new-password")).setValue(password);
        test(find(PasswordField.class).id("confirm-password")).setValue(confirmation);
        test(find(Button.class).id("change-password")).click();
    }

    @Test
    void aPersonChangesTheirPasswordAndTheirOtherSessionsEnd() {
        signInWithPassword(passwordEncoder.encode(OLD));
        String here = VaadinSession.getCurrent().getSession().getId();
        String elsewhere = "elsewhere-" + UUID.randomUUID();
        sessions.registerNewSession(here, users.loadUserByUsername(person.email()));
        sessions.registerNewSession(elsewhere, users.loadUserByUsername(person.email()));

        change(OLD, "a brand new passphrase", "a brand new passphrase");

        String hash = freshPeople.passwordHashOf(person);
        assertThat(hash).startsWith("{argon2@");
        assertThat(passwordEncoder.matches("a brand new passphrase", hash)).isTrue();
        assertThat(sessions.getSessionInformation(elsewhere).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation(here).isExpired()).as("this session stays").isFalse();
        assertThat(find(PasswordField.class).id("current-password").getValue()).isEmpty();
        sessions.removeSessionInformation(here);
        sessions.removeSessionInformation(elsewhere);
    }

    @Test
    void aWrongCurrentPasswordAndACommonNewOneAreRefusedBesideTheFields() {
        signInWithPassword(passwordEncoder.encode(OLD));

        change("not my password", "1qaz2wsx3edc", "1qaz2wsx3edc");

        assertThat(find(PasswordField.class).id("current-password").getErrorMessage()).isEqualTo("現在のパスワードが正しくありません。");
        assertThat(find(PasswordField.class).id("new-password").getErrorMessage())
                .isEqualTo("よく使われているパスワードなので使えません。推測されにくいものにしてください。");
        assertThat(passwordEncoder.matches(OLD, freshPeople.passwordHashOf(person))).isTrue();
    }

    @Test
    void aPasswordContainingTheAddressIsRefusedInEnglish() {
        signInWithPassword(passwordEncoder.encode(OLD));
        Speak.in(Locale.ENGLISH);
        String local = person.email().substring(0, person.email().indexOf('@'));

        change(OLD, "mine is " + local, "mine is " + local);

        assertThat(find(PasswordField.class).id("new-password").getErrorMessage())
                .isEqualTo("The password must not contain your login name or e-mail address.");
    }

    @Test
    void someoneWithoutALocalPasswordSeesNoPasswordSection() {
        signInWithPassword(null);
        assertThat(find(Div.class).withId("password-change").exists()).isFalse();
    }
}
