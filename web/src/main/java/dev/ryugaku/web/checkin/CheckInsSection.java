package dev.ryugaku.web.checkin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import dev.ryugaku.core.checkin.CheckInPlan;
import dev.ryugaku.core.checkin.CheckInPlanningService;
import dev.ryugaku.core.checkin.CheckInRow;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.CheckInPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.TextStyle;
import dev.ryugaku.web.support.PhoneCards;

/** チェックイン on the enrollment page: the planned check-ins, and the slot a mentor picks for them. */
public class CheckInsSection extends Div {

    private final CheckInService checkIns;
    private final CheckInPlanningService planning;
    private final long enrollmentId;
    private final ZoneId viewerZone;

    public CheckInsSection(CheckInService checkIns, CheckInPlanningService planning, long enrollmentId,
                           ZoneId viewerZone) {
        this.checkIns = checkIns;
        this.planning = planning;
        this.enrollmentId = enrollmentId;
        this.viewerZone = viewerZone;
        setId("check-ins");
        setWidthFull();
        render();
    }

    private void render() {
        removeAll();
        CheckInPlan plan = checkIns.plan(enrollmentId);
        add(new H2(getTranslation("checkin.title")));
        String slot = getTranslation("checkin.slot.current",
                plan.slot().day().getDisplayName(TextStyle.FULL, getLocale()), plan.slot().time(), plan.slot().zone().getId());
        Paragraph current = new Paragraph(slot);
        current.setId("checkin-slot");
        add(current);
        if (plan.maySetSlot()) {
            add(slotPicker(plan));
        }
        Grid<CheckInRow> grid = new Grid<>();
        grid.setId("checkin-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(new ComponentRenderer<>(c -> Pages.link(Formats.dateTime(c.scheduledAt(), viewerZone, getLocale()),
                        CheckInPages.checkIn(c.id()))))
                .setHeader(getTranslation("checkin.when")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.status().messageKey())).setHeader(getTranslation("checkin.status"));
        grid.addColumn(c -> c.wellBeing() == null ? "" : String.valueOf(c.wellBeing()))
                .setHeader(getTranslation("checkin.field.wellBeing")).setFlexGrow(0).setAutoWidth(true);
        PhoneCards.apply(grid);
        grid.setItems(plan.checkIns());
        grid.setEmptyStateText(getTranslation("checkin.none"));
        grid.setHeight(plan.checkIns().size() > 8 ? "22em" : null);
        grid.setAllRowsVisible(plan.checkIns().size() <= 8);
        add(grid);
        if (plan.maySetSlot()) {
            add(extraCheckIn());
        }
    }

    /** A check-in besides the cadence, at a day and time the mentor picks in their own zone. */
    private NewTimeField extraCheckIn() {
        NewTimeField time = new NewTimeField("checkin-extra", viewerZone, getLocale(), null);
        FieldErrors errors = time.register(new FieldErrors(this));
        Button add = new Button(getTranslation("checkin.extra.add"), click -> errors.attempt(
                () -> planning.addExtra(enrollmentId, time.value())).ifPresent(id -> {
                    Notifications.success(getTranslation("checkin.extra.added"));
                    render();
                }));
        add.setId("checkin-extra-add");
        time.add(add);
        return time;
    }

    private HorizontalLayout slotPicker(CheckInPlan plan) {
        Select<DayOfWeek> day = new Select<>();
        day.setId("checkin-day");
        day.setLabel(getTranslation("checkin.slot.day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d == null ? "" : d.getDisplayName(TextStyle.FULL, getLocale()));
        day.setValue(plan.slot().day());
        TimePicker time = new TimePicker(getTranslation("checkin.slot.time"));
        time.setId("checkin-time");
        time.setStep(Duration.ofMinutes(15));
        time.setLocale(getLocale());
        time.setValue(plan.slot().time());
        FieldErrors errors = new FieldErrors(this).field("day", day).field("time", time);
        Button save = new Button(getTranslation("checkin.slot.save"), click -> {
            if (errors.attempt(() -> planning.chooseSlot(enrollmentId, plan.version(), day.getValue(), time.getValue()))) {
                Notifications.success(getTranslation("checkin.slot.saved"));
                render();
            }
        });
        save.setId("checkin-slot-save");
        HorizontalLayout picker = new HorizontalLayout(day, time, save);
        picker.setAlignItems(Alignment.BASELINE);
        return picker;
    }
}
