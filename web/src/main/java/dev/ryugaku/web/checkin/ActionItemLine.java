package dev.ryugaku.web.checkin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.ryugaku.core.checkin.ActionItemRow;
import dev.ryugaku.web.i18n.Formats;
import java.time.LocalDate;

/** One action item: a tick box where the viewer may tick it, its owner, its due date, marked when overdue. */
public class ActionItemLine extends HorizontalLayout {

    public interface Tick {
        void apply(ActionItemRow item, boolean done);
    }

    public interface Remove {
        void apply(ActionItemRow item);
    }

    /** {@code remove} is null where the item cannot be removed. */
    public ActionItemLine(ActionItemRow item, LocalDate today, boolean mayTick, Tick tick, Remove remove) {
        addClassName("action-item");
        setAlignItems(Alignment.BASELINE);
        Checkbox done = new Checkbox(item.isDone());
        done.setId("action-item-" + item.id());
        done.setAriaLabel(item.text());
        done.setReadOnly(!mayTick);
        done.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                tick.apply(item, change.getValue());
            }
        });
        Span text = new Span(item.text());
        text.addClassName("action-item-text");
        if (item.isDone()) {
            text.addClassName("done");
        }
        Span owner = new Span(getTranslation(item.owner().messageKey()));
        owner.addClassName("action-item-owner");
        String dueDate = Formats.date(item.dueDate(), getLocale());
        Span due = new Span(item.isOverdue(today) ? getTranslation("checkin.actionItems.overdue", dueDate)
                : getTranslation("checkin.actionItems.dueOn", dueDate));
        if (item.isOverdue(today)) {
            due.addClassName("overdue");
        }
        add(done, text, owner, due);
        if (remove != null) {
            Button delete = new Button(getTranslation("checkin.actionItems.remove"), click -> remove.apply(item));
            delete.setId("action-item-remove-" + item.id());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            add(delete);
        }
    }
}
