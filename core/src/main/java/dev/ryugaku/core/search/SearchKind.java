package dev.ryugaku.core.search;

import dev.ryugaku.core.shared.MessageKeyed;

/** What the header's search finds, one query each, in the order the results page shows them. */
public enum SearchKind implements MessageKeyed {
    PERSON, COHORT, TASK, ROTATION;

    @Override
    public String messageKey() {
        return "search.kind." + name();
    }
}
