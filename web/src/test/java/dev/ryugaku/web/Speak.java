package dev.ryugaku.web;

import dev.ryugaku.web.i18n.LanguageSwitch;
import java.util.Locale;

/** Browserless tests choose the UI language the way a user does: with the language switch. */
public final class Speak {

    private Speak() {
    }

    public static void in(Locale locale) {
        LanguageSwitch.switchTo(locale);
    }
}
