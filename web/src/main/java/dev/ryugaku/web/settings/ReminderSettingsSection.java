package dev.ryugaku.web.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.ryugaku.core.reminder.ReminderKind;
import dev.ryugaku.core.reminder.ReminderPreferences;
import dev.ryugaku.core.reminder.ReminderService;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/** メールでのお知らせ: one checkbox per reminder kind the person receives for their roles, saved together. */
public class ReminderSettingsSection extends Div {

    private final ReminderService reminders;
    private final ZoneId zone;
    private final Map<ReminderKind, Checkbox> boxes = new EnumMap<>(ReminderKind.class);

    public ReminderSettingsSection(ReminderService reminders, ZoneId zone) {
        this.reminders = reminders;
        this.zone = zone;
        setId("reminder-settings");
        render();
    }

    private void render() {
        removeAll();
        boxes.clear();
        ReminderPreferences preferences = reminders.preferences();
        H2 title = new H2(getTranslation("reminder.settings.title"));
        title.setId("reminder-settings-title");
        Paragraph intro = new Paragraph(preferences.kinds().isEmpty() ? getTranslation("reminder.settings.none")
                : getTranslation("reminder.settings.intro", preferences.email(), zone.getId()));
        intro.setId("reminder-settings-intro");
        add(title, intro);
        if (preferences.kinds().isEmpty()) {
            return;
        }
        for (ReminderPreferences.Preference preference : preferences.kinds()) {
            Checkbox box = new Checkbox(getTranslation(preference.kind().messageKey()), preference.enabled());
            box.setId("reminder-" + preference.kind().name());
            box.setHelperText(getTranslation(preference.kind().descriptionKey()));
            boxes.put(preference.kind(), box);
            Div row = new Div(box);
            row.addClassName("reminder-kind");
            add(row);
        }
        FieldErrors errors = new FieldErrors(this);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (errors.attempt(() -> reminders.updatePreferences(preferences.version(),
                    boxes.entrySet().stream().filter(e -> e.getValue().getValue()).map(Map.Entry::getKey).toList()))) {
                Notifications.success(getTranslation("reminder.settings.saved"));
                render();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("reminder-settings-save");
        add(save);
    }
}
