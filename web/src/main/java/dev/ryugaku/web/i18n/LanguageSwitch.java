package dev.ryugaku.web.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** Overrides the browser's language for the rest of the session. */
public final class LanguageSwitch {

    private LanguageSwitch() {
    }

    /** Switches the session to the locale and redraws the current page, layout included, in it. */
    public static void switchTo(Locale locale) {
        remember(VaadinSession.getCurrent(), locale);
        UI ui = UI.getCurrent();
        ui.setLocale(Translations.supported(locale));
        ui.refreshCurrentRoute(true);
    }

    /** Keeps the choice for the rest of the session: every new page of it starts in this language. */
    public static void remember(VaadinSession session, Locale locale) {
        Locale supported = Translations.supported(locale);
        session.setAttribute(LanguagePreference.SESSION_CHOICE, supported);
        session.setLocale(supported);
    }

    /** Two buttons, each labelled in its own language so anyone can find theirs. */
    public static HorizontalLayout buttons() {
        Button japanese = button(Translations.JAPANESE);
        Button english = button(Translations.ENGLISH);
        HorizontalLayout buttons = new HorizontalLayout(japanese, english);
        buttons.addClassName("language-switch");
        return buttons;
    }

    private static Button button(Locale locale) {
        Button button = new Button();
        button.setText(button.getTranslation(locale, "language.self"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClickListener(click -> switchTo(locale));
        return button;
    }
}
