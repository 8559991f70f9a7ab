package dev.ryugaku.web.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.ryugaku.core.people.LocalPasswords;
import dev.ryugaku.core.security.PasswordPolicy;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;

/**
 * パスワードの変更: the current password, then the new one twice; problems beside the fields. The
 * person's other sessions end, this one stays.
 */
public class PasswordChangeSection extends Div {

    private final LocalPasswords passwords;
    private final PasswordField current = new PasswordField(getTranslation("settings.password.current"));
    private final PasswordField password = new PasswordField(getTranslation("password.field.password"));
    private final PasswordField confirmation = new PasswordField(getTranslation("password.field.confirmation"));
    private final FieldErrors errors = new FieldErrors(this)
            .field("current", current).field("password", password).field("confirmation", confirmation);

    public PasswordChangeSection(LocalPasswords passwords) {
        this.passwords = passwords;
        setId("password-change");
        H2 title = new H2(getTranslation("settings.password.title"));
        current.setId("current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setId("new-password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText(getTranslation("password.rules.helper", PasswordPolicy.MINIMUM_LENGTH));
        confirmation.setId("confirm-password");
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Button change = new Button(getTranslation("settings.password.change"), click -> change());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("change-password");
        VerticalLayout form = new VerticalLayout(current, password, confirmation, change);
        form.setPadding(false);
        form.setMaxWidth("24em");
        current.setWidthFull();
        password.setWidthFull();
        confirmation.setWidthFull();
        add(title, form);
    }

    private void change() {
        if (errors.attempt(() -> passwords.change(current.getValue(), password.getValue(), confirmation.getValue()))) {
            current.clear();
            password.clear();
            confirmation.clear();
            Notifications.success(getTranslation("settings.password.changed"));
        }
    }
}
