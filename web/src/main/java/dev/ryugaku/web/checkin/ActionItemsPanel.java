package dev.ryugaku.web.checkin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.ryugaku.core.checkin.ActionItemOwner;
import dev.ryugaku.core.checkin.ActionItemRow;
import dev.ryugaku.core.checkin.ActionItemService;
import dev.ryugaku.core.checkin.CheckInDetail;
import dev.ryugaku.core.checkin.CheckInRules;
import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.web.support.DatePickers;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Confirmation;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.TextLimit;
import java.time.LocalDate;
import java.util.List;

/**
 * アクションアイテム on a check-in: those agreed here, the open ones carried over from earlier check-ins
 * (ticked off here), and — for the mentor — a row to agree a new one.
 */
class ActionItemsPanel extends Div {

    private final ActionItemService actionItems;
    private final CheckInDetail checkIn;
    private final LocalDate today;
    private final Runnable changed;
    private TextField text;

    ActionItemsPanel(ActionItemService actionItems, CheckInDetail checkIn, LocalDate today, Runnable changed) {
        this.actionItems = actionItems;
        this.checkIn = checkIn;
        this.today = today;
        this.changed = changed;
        setId("action-items");
        setWidthFull();
        if (!checkIn.openFromEarlier().isEmpty()) {
            add(new H3(getTranslation("checkin.actionItems.carriedOver")));
            add(list("carried-over-items", checkIn.openFromEarlier(), false));
        }
        add(new H3(getTranslation("checkin.actionItems.title")));
        if (checkIn.agreedHere().isEmpty()) {
            add(new Paragraph(getTranslation("checkin.actionItems.none")));
        } else {
            add(list("agreed-items", checkIn.agreedHere(), checkIn.maySupervise()));
        }
        if (checkIn.maySupervise() && checkIn.status() != CheckInStatus.CANCELLED) {
            add(addRow());
        }
    }

    private Div list(String id, List<ActionItemRow> items, boolean removable) {
        Div list = new Div();
        list.setId(id);
        list.addClassName("action-item-list");
        for (ActionItemRow item : items) {
            list.add(new ActionItemLine(item, today, mayTick(item), this::tick, removable && !item.isDone() ? this::remove : null));
        }
        return list;
    }

    private boolean mayTick(ActionItemRow item) {
        return checkIn.maySupervise() || (checkIn.isParticipant() && item.owner() == ActionItemOwner.PARTICIPANT);
    }

    private void tick(ActionItemRow item, boolean done) {
        try {
            actionItems.markActionItemDone(item.id(), item.version(), done);
            changed.run();
        } catch (RuntimeException refused) {
            Notifications.failure(this, refused);
            changed.run();
        }
    }

    private void remove(ActionItemRow item) {
        Confirmation.ask(this, getTranslation("checkin.actionItems.remove.header"),
                getTranslation("checkin.actionItems.remove.text", item.text()), getTranslation("checkin.actionItems.remove"),
                () -> {
                    try {
                        actionItems.removeActionItem(item.id(), item.version());
                        Notifications.success(getTranslation("checkin.actionItems.removed"));
                    } catch (RuntimeException refused) {
                        Notifications.failure(this, refused);
                    }
                    changed.run();
                });
    }

    private HorizontalLayout addRow() {
        text = new TextField(getTranslation("checkin.actionItems.text"));
        text.setId("action-item-text");
        TextLimit.apply(text, CheckInRules.ACTION_TEXT_MAX_LENGTH);
        text.setWidth("24em");
        Select<ActionItemOwner> owner = new Select<>();
        owner.setId("action-item-owner");
        owner.setLabel(getTranslation("checkin.actionItems.owner"));
        owner.setItems(ActionItemOwner.values());
        owner.setItemLabelGenerator(o -> o == null ? "" : getTranslation(o.messageKey()));
        owner.setValue(ActionItemOwner.PARTICIPANT);
        DatePicker due = DatePickers.create(getTranslation("checkin.actionItems.due"), getLocale());
        due.setId("action-item-due");
        FieldErrors errors = new FieldErrors(this).field("actionText", text).field("actionOwner", owner)
                .field("actionDue", due);
        Button add = new Button(getTranslation("checkin.actionItems.add"), click -> {
            if (errors.attempt(() -> actionItems.addActionItem(checkIn.id(), text.getValue(), owner.getValue(), due.getValue()))) {
                Notifications.success(getTranslation("checkin.actionItems.added"));
                text.clear();
                changed.run();
            }
        });
        add.setId("action-item-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(text, owner, due, add);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** Text typed into the new-item row and not added yet. */
    boolean hasUnsavedText() {
        return text != null && !text.getValue().isBlank();
    }
}
