package dev.ryugaku.web.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.ryugaku.core.people.PasswordSetup;
import dev.ryugaku.core.security.PasswordPolicy;
import dev.ryugaku.web.i18n.LanguageSwitch;
import dev.ryugaku.web.support.FieldErrors;

/** パスワード設定: a new account chooses its password through the one-time link its owner passed on. */
@Route(value = "password-setup/:token", autoLayout = false)
@AnonymousAllowed
class PasswordSetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordSetup passwordSetup;
    private final PasswordField password = new PasswordField(getTranslation("password.field.password"));
    private final PasswordField confirmation = new PasswordField(getTranslation("password.field.confirmation"));
    private final FieldErrors errors = new FieldErrors(this).field("password", password).field("confirmation", confirmation);
    private String token;

    PasswordSetupView(PasswordSetup passwordSetup) {
        this.passwordSetup = passwordSetup;
        setAlignItems(Alignment.CENTER);
        addClassName("password-setup");
        password.setId("new-password");
        password.setHelperText(getTranslation("password.rules.helper", PasswordPolicy.MINIMUM_LENGTH));
        confirmation.setId("confirm-password");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("password.title")));
        passwordSetup.personFor(token).ifPresentOrElse(this::showForm, this::showInvalidLink);
        add(LanguageSwitch.buttons());
    }

    private void showForm(String displayName) {
        add(new Paragraph(getTranslation("password.intro", displayName)));
        Button save = new Button(getTranslation("password.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-password");
        VerticalLayout form = new VerticalLayout(password, confirmation, save);
        form.setMaxWidth("24em");
        form.setPadding(false);
        password.setWidthFull();
        confirmation.setWidthFull();
        add(form);
    }

    private void showInvalidLink() {
        Paragraph invalid = new Paragraph(getTranslation("password.problem.LINK_INVALID"));
        invalid.setId("link-invalid");
        add(invalid, new RouterLink(getTranslation("password.toLogin"), LoginView.class));
    }

    private void save() {
        if (!errors.attempt(() -> passwordSetup.choosePassword(token, password.getValue(), confirmation.getValue()))) {
            return;
        }
        removeAll();
        Paragraph done = new Paragraph(getTranslation("password.done"));
        done.setId("password-done");
        add(new H1(getTranslation("password.title")), done,
                new RouterLink(getTranslation("password.toLogin"), LoginView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | " + getTranslation("app.name");
    }
}
