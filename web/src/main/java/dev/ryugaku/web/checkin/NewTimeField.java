package dev.ryugaku.web.checkin;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import dev.ryugaku.web.support.DatePickers;
import dev.ryugaku.web.support.FieldErrors;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/** A day and a time in the viewer's zone, for moving or adding a check-in; rule messages show beside the day. */
class NewTimeField extends HorizontalLayout {

    private final DatePicker day;
    private final TimePicker time;
    private final ZoneId zone;

    NewTimeField(String idPrefix, ZoneId zone, Locale locale, Instant initial) {
        this.zone = zone;
        day = DatePickers.create(getTranslation("checkin.newTime.day"), locale);
        day.setId(idPrefix + "-day");
        time = new TimePicker(getTranslation("checkin.newTime.time"));
        time.setId(idPrefix + "-time");
        time.setStep(Duration.ofMinutes(15));
        time.setLocale(locale);
        if (initial != null) {
            day.setValue(initial.atZone(zone).toLocalDate());
            time.setValue(initial.atZone(zone).toLocalTime());
        }
        setAlignItems(Alignment.BASELINE);
        setPadding(false);
        add(day, time);
    }

    /** The chosen moment, or null while the day or the time is missing (core says which is required). */
    Instant value() {
        LocalDate chosenDay = day.getValue();
        LocalTime chosenTime = time.getValue();
        return chosenDay == null || chosenTime == null ? null : chosenDay.atTime(chosenTime).atZone(zone).toInstant();
    }

    FieldErrors register(FieldErrors errors) {
        return errors.field("time", day);
    }

    boolean isEmpty() {
        return day.isEmpty() && time.isEmpty();
    }
}
