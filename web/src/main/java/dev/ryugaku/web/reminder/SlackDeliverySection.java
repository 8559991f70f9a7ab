package dev.ryugaku.web.reminder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.ryugaku.core.reminder.DeliveryChoice;
import dev.ryugaku.core.reminder.ReminderKind;
import dev.ryugaku.core.reminder.ReminderService;
import dev.ryugaku.core.reminder.SlackDeliveries;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.SettingsPages;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import java.util.EnumMap;
import java.util.Map;

/**
 * 設定 → Slack: for each reminder kind of the person's roles, e-mail, Slack or both. Shown once an
 * owner connected a workspace; owners also find the link to connect it here.
 */
public class SlackDeliverySection extends Div {

    private final ReminderService reminders;
    private final Map<ReminderKind, RadioButtonGroup<DeliveryChoice>> choices = new EnumMap<>(ReminderKind.class);

    public SlackDeliverySection(ReminderService reminders) {
        this.reminders = reminders;
        setId("slack-delivery");
        render();
    }

    private void render() {
        removeAll();
        choices.clear();
        SlackDeliveries deliveries = reminders.deliveries();
        boolean owner = deliveries.mayConnect();
        if (!owner && (!deliveries.connected() || deliveries.kinds().isEmpty())) {
            setVisible(false);
            return;
        }
        setVisible(true);
        add(new H2(getTranslation("slack.delivery.title")));
        if (owner) {
            add(Pages.link(getTranslation("slack.delivery.connectLink"), SettingsPages.slack()));
        }
        if (!deliveries.connected() || deliveries.kinds().isEmpty()) {
            return;
        }
        add(new Paragraph(getTranslation("slack.delivery.intro")));
        for (SlackDeliveries.Delivery delivery : deliveries.kinds()) {
            RadioButtonGroup<DeliveryChoice> group = new RadioButtonGroup<>(getTranslation(delivery.kind().messageKey()));
            group.setId("delivery-" + delivery.kind().name());
            group.setItems(DeliveryChoice.values());
            group.setItemLabelGenerator(choice -> getTranslation(choice.messageKey()));
            group.setValue(delivery.choice());
            choices.put(delivery.kind(), group);
            add(group);
        }
        FieldErrors errors = new FieldErrors(this);
        Button save = new Button(getTranslation("action.save"), click -> {
            Map<ReminderKind, DeliveryChoice> chosen = new EnumMap<>(ReminderKind.class);
            choices.forEach((kind, group) -> chosen.put(kind, group.getValue()));
            if (errors.attempt(() -> reminders.updateDeliveries(deliveries.version(), chosen))) {
                Notifications.success(getTranslation("slack.delivery.saved"));
                render();
            }
        });
        save.setId("slack-delivery-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }
}
