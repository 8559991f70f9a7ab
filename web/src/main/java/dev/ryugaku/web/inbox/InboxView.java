package dev.ryugaku.web.inbox;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.inbox.Inbox;
import dev.ryugaku.core.inbox.InboxItem;
import dev.ryugaku.core.inbox.InboxService;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.CheckInPages;
import dev.ryugaku.web.navigation.IntakePages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.RetrospectivePages;
import dev.ryugaku.web.navigation.TaskPages;
import dev.ryugaku.web.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/**
 * 受信箱 (/inbox): what needs me now, each item opening the page where it is done. Opening an item
 * marks it read; it leaves the inbox once done.
 */
@Route("inbox")
@PermitAll
class InboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient InboxService inbox;
    private final CurrentUser currentUser;

    InboxView(InboxService inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
        addClassName("inbox-page");
    }

    /** Read again on every visit, also when the page is open already (the bell leads here). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Inbox mine = inbox.mine();
        if (mine.items().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("inbox.empty"));
            empty.setId("inbox-empty");
            add(empty);
            return;
        }
        Div list = new Div();
        list.setId("inbox-items");
        list.addClassName("inbox-items");
        mine.items().forEach(item -> list.add(row(item)));
        add(list);
    }

    private Component row(InboxItem item) {
        Span kind = new Span(getTranslation(item.kind().messageKey()));
        kind.addClassName("inbox-kind");
        Span about = new Span(item.about());
        about.addClassName("inbox-about");
        Span when = new Span(when(item));
        when.addClassName("inbox-when");
        Div text = new Div(kind, about, when);
        text.addClassName("inbox-text");
        if (!item.read()) {
            Span unread = new Span(getTranslation("inbox.unread"));
            unread.addClassName("inbox-unread-badge");
            text.addComponentAsFirst(unread);
        }
        Button open = new Button(getTranslation("inbox.open"), click -> {
            inbox.markRead(item.key());
            Pages.navigate(target(item));
        });
        open.addThemeVariants(item.read() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        open.setAriaLabel(getTranslation("inbox.openItem", getTranslation(item.kind().messageKey()), item.about()));
        Div row = new Div(text, open);
        row.addClassNames("inbox-item", item.read() ? "inbox-item-read" : "inbox-item-unread");
        row.getElement().setAttribute("data-key", item.key());
        return row;
    }

    /** When, said the way the kind needs it: the check-in's time, waiting since, due, the rotation's last day. */
    private String when(InboxItem item) {
        String at = item.time() != null ? Formats.dateTime(item.time(), currentUser.zone(), getLocale())
                : Formats.date(item.date(), getLocale());
        String key = switch (item.kind()) {
            case CHECK_IN_SOON, CHECK_IN_UNRECORDED -> "inbox.when.scheduled";
            case TASK_REVIEW, PRE_MORTEM_REVIEW, INTAKE_APPROVAL -> "inbox.when.waiting";
            case ACTION_ITEM_DUE, FOLLOW_UP_DUE -> "inbox.when.due";
            case INTAKE_NOMINATION -> "inbox.when.closes";
            case INTAKE_DECISIONS -> "inbox.when.latest";
            case EVALUATION_TO_WRITE, RETROSPECTIVE_TO_WRITE -> "inbox.when.lastDay";
        };
        return getTranslation(key, at);
    }

    /** Where the item is done. */
    static String target(InboxItem item) {
        return switch (item.kind()) {
            case CHECK_IN_SOON, CHECK_IN_UNRECORDED, ACTION_ITEM_DUE -> CheckInPages.checkIn(item.subjectId());
            case TASK_REVIEW -> TaskPages.task(item.subjectId());
            case PRE_MORTEM_REVIEW -> TaskPages.preMortem(item.subjectId());
            case EVALUATION_TO_WRITE -> RetrospectivePages.evaluation(item.subjectId());
            case RETROSPECTIVE_TO_WRITE -> RetrospectivePages.retrospective(item.subjectId());
            case FOLLOW_UP_DUE -> RetrospectivePages.followUp(item.subjectId());
            case INTAKE_NOMINATION -> IntakePages.mine();
            case INTAKE_APPROVAL -> IntakePages.team();
            case INTAKE_DECISIONS -> IntakePages.round(item.subjectId());
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
