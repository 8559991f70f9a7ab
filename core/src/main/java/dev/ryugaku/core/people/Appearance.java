package dev.ryugaku.core.people;

import dev.ryugaku.core.shared.MessageKeyed;

/** How the app looks to a person, chosen under 設定: light, dark, or as their device is set. */
public enum Appearance implements MessageKeyed {
    LIGHT,
    DARK,
    DEVICE;

    @Override
    public String messageKey() {
        return "appearance." + name().toLowerCase();
    }
}
