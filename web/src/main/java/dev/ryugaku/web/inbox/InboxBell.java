package dev.ryugaku.web.inbox;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.shared.Tooltip;
import dev.ryugaku.core.inbox.InboxService;
import dev.ryugaku.web.navigation.InboxPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.support.DatabaseUnavailable;

/** The bell in the header: opens the inbox; its number is the unread items, counted again on every navigation. */
public class InboxBell extends Button {

    private final transient InboxService inbox;
    private final Span count = new Span();
    private final Tooltip tooltip;

    public InboxBell(InboxService inbox) {
        this.inbox = inbox;
        setIcon(VaadinIcon.BELL.create());
        setId("inbox-bell");
        addClassName("inbox-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.addClassName("inbox-count");
        count.setId("inbox-count");
        count.getElement().setAttribute("aria-hidden", "true");
        getElement().appendChild(count.getElement());
        tooltip = Tooltip.forComponent(this);
        addClickListener(click -> Pages.navigate(InboxPages.inbox()));
    }

    /** Counts the unread items again; while the database cannot be reached the page says so, the bell shows no number. */
    public void refresh() {
        long unread = DatabaseUnavailable.unlessUnavailable(() -> inbox.mine().unread()).orElse(0L);
        count.setText(unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        String label = unread == 0 ? getTranslation("inbox.bell.none") : getTranslation("inbox.bell.unread", unread);
        setAriaLabel(label);
        tooltip.setText(label);
    }

    /** The number shown, for tests: empty when nothing is unread. */
    String shownCount() {
        return count.isVisible() ? count.getText() : "";
    }
}
