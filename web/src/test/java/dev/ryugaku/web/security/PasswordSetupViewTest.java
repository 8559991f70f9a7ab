package dev.ryugaku.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.ryugaku.core.people.PersonDraft;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A new account chooses its password through the one-time link, once. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class PasswordSetupViewTest extends SpringBrowserlessTest {

    @Autowired
    PersonService people;

    @Autowired
    SignIn signIn;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    String email;
    String token;

    @BeforeEach
    void anOwnerCreatedAnAccount() {
        signIn.as(DemoPeople.OWNER);
        PersonDraft draft = new PersonDraft();
        draft.setDisplayName("新人 次郎");
        email = "jiro-" + UUID.randomUUID() + "@example.com";
        draft.setEmail(email);
        draft.setRoles(Set.of(Role.PARTICIPANT));
        token = people.create(draft).token();
        SignIn.out();
    }

    @Test
    void thePersonChoosesAPasswordOnceAndCanSignIn() {
        Speak.in(Locale.JAPANESE);
        navigate("password-setup/" + token, PasswordSetupView.class);
        test(find(PasswordField.class).id("new-password")).setValue("short");
        test(find(PasswordField.class).id("confirm-password")).setValue("different");
        test(find(Button.class).id("save-password")).click();
        assertThat(find(PasswordField.class).id("new-password").getErrorMessage()).isEqualTo("パスワードは12文字以上にしてください。");
        assertThat(find(PasswordField.class).id("confirm-password").getErrorMessage()).isEqualTo("確認用のパスワードが一致しません。");

        test(find(PasswordField.class).id("new-password")).setValue("とても長いパスワードです1234");
        test(find(PasswordField.class).id("confirm-password")).setValue("とても長いパスワードです1234");
        test(find(Button.class).id("save-password")).click();
        assertThat(find(Paragraph.class).withId("password-done").exists()).isTrue();
        var user = users.loadUserByUsername(email);
        assertThat(user.isEnabled()).isTrue();
        assertThat(passwordEncoder.matches("とても長いパスワードです1234", user.getPassword())).isTrue();

        navigate("password-setup/" + token, PasswordSetupView.class);
        assertThat(find(Paragraph.class).id("link-invalid").getText()).startsWith("このリンクは無効か");
    }

    @Test
    void anUnknownLinkIsExplainedInEnglish() {
        Speak.in(Locale.ENGLISH);
        navigate("password-setup/not-a-real-token", PasswordSetupView.class);
        assertThat(find(Paragraph.class).id("link-invalid").getText()).startsWith("This link is invalid");
        assertThat(find(PasswordField.class).withId("new-password").exists()).isFalse();
    }
}
