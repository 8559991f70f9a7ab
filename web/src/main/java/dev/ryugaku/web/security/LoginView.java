package dev.ryugaku.web.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.ryugaku.web.demo.DemoMode;
import dev.ryugaku.web.i18n.LanguageSwitch;
import java.util.List;

/** サインイン: by login name or e-mail address. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "/login";
    /** {@code /login?error=locked}: too many failed sign-ins, worded alike for known and unknown names. */
    static final String LOCKED = "locked";
    static final String UNAVAILABLE = "unavailable";

    private final LoginForm form = new LoginForm();

    LoginView(DemoMode demoMode, SignInOptions signIn) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        H1 title = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("login-tagline");
        add(title, tagline);
        signIn.singleSignOn().ifPresent(sso -> add(singleSignOnButton(sso, !signIn.localLogin())));
        if (signIn.localLogin()) {
            add(form);
        }
        add(LanguageSwitch.buttons());
        if (demoMode.isEnabled() && signIn.localLogin()) {
            Paragraph hint = new Paragraph(getTranslation("login.demoHint"));
            hint.addClassName("login-demo-hint");
            add(hint);
        }
    }

    /** A plain link, outside Vaadin's router: Spring Security answers it with a redirect to the provider. */
    private Anchor singleSignOnButton(SingleSignOn sso, boolean only) {
        Button button = new Button(getTranslation("login.sso", sso.displayName()));
        button.addThemeVariants(only ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        button.setWidth("18em");
        Anchor link = new Anchor(SingleSignOn.AUTHORIZATION_PATH, button);
        link.setRouterIgnore(true);
        link.setId("sso-sign-in");
        return link;
    }

    private LoginI18n i18n() {
        return i18n("login.error");
    }

    /** The texts of the form, with the error titled and told by the keys under {@code errorKeys}. */
    private LoginI18n i18n(String errorKeys) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorKeys + ".title"));
        error.setMessage(getTranslation(errorKeys + ".message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> errors = event.getLocation().getQueryParameters().getParameters().get("error");
        if (errors != null && errors.contains(LOCKED)) {
            form.setI18n(i18n("login.locked"));
        } else if (errors != null && errors.contains(UNAVAILABLE)) {
            form.setI18n(i18n("login.unavailable"));
        }
        form.setError(errors != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
