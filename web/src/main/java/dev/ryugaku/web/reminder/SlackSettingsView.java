package dev.ryugaku.web.reminder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.reminder.SlackConnectionService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * Slack (owners): connect the program's workspace with a bot token, so that people who choose it
 * under 設定 receive their reminders as Slack direct messages. The token is stored sealed and
 * never shown again, only its last four characters.
 */
@Route("settings/slack")
@RolesAllowed(Role.OWNER_NAME)
class SlackSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final SlackConnectionService slack;
    private final CurrentUser currentUser;

    SlackSettingsView(SlackConnectionService slack, CurrentUser currentUser) {
        this.slack = slack;
        this.currentUser = currentUser;
        setMaxWidth("60em");
        render();
    }

    private void render() {
        removeAll();
        SlackConnectionService.Status status = slack.status();
        add(new H2(getTranslation("slack.settings.title")));
        add(new Paragraph(getTranslation("slack.settings.intro")));
        Paragraph state = new Paragraph(status.connected()
                ? getTranslation("slack.settings.connected", "xoxb-…" + status.tokenHint(),
                        Formats.dateTime(status.connectedAt(), currentUser.zone(), getLocale()))
                : getTranslation("slack.settings.notConnected"));
        state.setId("slack-status");
        add(state);
        if (!status.sealingKey()) {
            Paragraph noKey = new Paragraph(getTranslation("slack.problem.NO_SEALING_KEY"));
            noKey.setId("slack-no-key");
            noKey.addClassName("form-error");
            add(noKey);
        }
        PasswordField token = new PasswordField(getTranslation("slack.settings.botToken"));
        token.setId("slack-bot-token");
        token.setHelperText(getTranslation("slack.settings.botTokenHelp"));
        token.setWidthFull();
        token.setRevealButtonVisible(false);
        FieldErrors errors = new FieldErrors(this).field("botToken", token);
        Button save = new Button(getTranslation(status.connected() ? "slack.settings.replace" : "slack.settings.connect"),
                click -> {
                    if (errors.attempt(() -> slack.connect(status.version(), token.getValue()))) {
                        Notifications.success(getTranslation("slack.settings.saved"));
                        render();
                    }
                });
        save.setId("slack-connect");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(token, save);
        if (status.connected()) {
            Button disconnect = new Button(getTranslation("slack.settings.disconnect"), click -> {
                if (errors.attempt(() -> slack.disconnect(status.version()))) {
                    Notifications.success(getTranslation("slack.settings.disconnected"));
                    render();
                }
            });
            disconnect.setId("slack-disconnect");
            disconnect.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(disconnect);
            add(channel(status));
        }
    }

    /** The program channel: its incoming webhook (sealed like the token) and whether the digest names people. */
    private VerticalLayout channel(SlackConnectionService.Status status) {
        VerticalLayout block = new VerticalLayout(new H3(getTranslation("slack.channel.title")));
        block.setPadding(false);
        block.setId("slack-channel");
        Paragraph state = new Paragraph(getTranslation(status.channelConnected() ? "slack.channel.connected"
                : "slack.channel.notConnected"));
        state.setId("slack-channel-status");
        PasswordField webhook = new PasswordField(getTranslation("slack.channel.webhook"));
        webhook.setId("slack-webhook");
        webhook.setHelperText(getTranslation("slack.channel.webhookHelp"));
        webhook.setWidthFull();
        webhook.setRevealButtonVisible(false);
        Checkbox names = new Checkbox(getTranslation("slack.channel.names"), status.digestNames());
        names.setId("slack-digest-names");
        FieldErrors errors = new FieldErrors(this).field("webhookUrl", webhook);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (errors.attempt(() -> slack.updateChannel(status.version(), webhook.getValue(), false, names.getValue()))) {
                Notifications.success(getTranslation("slack.channel.saved"));
                render();
            }
        });
        save.setId("slack-channel-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        block.add(state, webhook, names, save);
        if (status.channelConnected()) {
            Button remove = new Button(getTranslation("slack.channel.remove"), click -> {
                if (errors.attempt(() -> slack.updateChannel(status.version(), null, true, names.getValue()))) {
                    Notifications.success(getTranslation("slack.channel.removed"));
                    render();
                }
            });
            remove.setId("slack-channel-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            block.add(remove);
        }
        return block;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("slack.settings.title");
    }
}
