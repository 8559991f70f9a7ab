package dev.ryugaku.core.inbox;

import java.util.List;

/** What needs the signed-in person now, kind by kind: the mentor's items, then the participant's. */
public record Inbox(List<InboxItem> items) {

    public Inbox {
        items = List.copyOf(items);
    }

    /** The bell's number. */
    public long unread() {
        return items.stream().filter(item -> !item.read()).count();
    }
}
