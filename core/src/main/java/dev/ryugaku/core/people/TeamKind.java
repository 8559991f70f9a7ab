package dev.ryugaku.core.people;

import dev.ryugaku.core.shared.MessageKeyed;

public enum TeamKind implements MessageKeyed {
    PRODUCT,
    SRE;

    @Override
    public String messageKey() {
        return "team.kind." + name();
    }
}
