package dev.ryugaku.web.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.ryugaku.core.reminder.DeliveryChoice;
import dev.ryugaku.core.reminder.ReminderKind;
import dev.ryugaku.core.reminder.ReminderService;
import dev.ryugaku.core.reminder.SlackConnectionService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.error.NotFoundErrorView;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Owners connect Slack with a bot token shown masked afterwards; each person picks e-mail, Slack or both under 設定. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class SlackSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;

    @Autowired
    SlackConnectionService slack;

    @Autowired
    ReminderService reminders;

    @Autowired
    FreshPeople people;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private String page() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void theOwnerConnectsWithABotTokenWhichIsNeverShownAgain() {
        Speak.in(Locale.JAPANESE);
        signIn.as(DemoPeople.OWNER);
        navigate("settings/slack", SlackSettingsView.class);
        test(find(PasswordField.class).id("slack-bot-token")).setValue("https://hooks.slack.com/services/not-a-token");
        test(find(Button.class).id("slack-connect")).click();
        PasswordField token = find(PasswordField.class).id("slack-bot-token");
        assertThat(token.isInvalid()).isTrue();
        assertThat(token.getErrorMessage()).isEqualTo("ボットトークン（xoxb- で始まるもの）を入力してください。");

        test(token).setValue("xoxb-1111111111-2222222222-viewtestWXYZ");
        test(find(Button.class).id("slack-connect")).click();
        assertThat(find(Paragraph.class).id("slack-status").getText()).startsWith("接続済み（トークン xoxb-…WXYZ");
        assertThat(page()).doesNotContain("viewtest");
        assertThat(find(PasswordField.class).id("slack-bot-token").getValue()).isEmpty();
        assertThat(slack.botToken()).contains("xoxb-1111111111-2222222222-viewtestWXYZ");

        // the program channel: an address that is not a webhook is refused; one that is, is never shown again
        test(find(PasswordField.class).id("slack-webhook")).setValue("https://example.com/hook");
        test(find(Button.class).id("slack-channel-save")).click();
        assertThat(find(PasswordField.class).id("slack-webhook").getErrorMessage())
                .startsWith("Slack の Incoming Webhook の URL");
        test(find(PasswordField.class).id("slack-webhook")).setValue(SlackDirectMessagesTest.WEBHOOK);
        test(find(Button.class).id("slack-channel-save")).click();
        assertThat(find(Paragraph.class).id("slack-channel-status").getText()).startsWith("週次ダイジェストをチャンネルに投稿します");
        assertThat(page()).doesNotContain("testwebhooksecret");
        test(find(Button.class).id("slack-channel-remove")).click();
        assertThat(find(Paragraph.class).id("slack-channel-status").getText()).startsWith("チャンネルは未設定です");

        // put back the token the message tests use
        test(find(PasswordField.class).id("slack-bot-token")).setValue(SlackDirectMessagesTest.TOKEN);
        test(find(Button.class).id("slack-connect")).click();
        assertThat(slack.botToken()).contains(SlackDirectMessagesTest.TOKEN);
    }

    @Test
    void onlyOwnersOpenTheSlackPage() {
        signIn.as(DemoPeople.MENTOR);
        navigate("settings/slack", NotFoundErrorView.class);
    }

    @Test
    void aMentorChoosesSlackForCheckInRemindersInSettings() {
        signIn.as(DemoPeople.OWNER);
        SlackConnectionService.Status status = slack.status();
        if (!status.connected()) {
            slack.connect(status.version(), SlackDirectMessagesTest.TOKEN);
        }
        Speak.in(Locale.ENGLISH);
        FreshPeople.Fresh mentor = people.create("Slack Mentor", Locale.ENGLISH, ZoneId.of("Asia/Tokyo"), Role.MENTOR);
        signIn.as(mentor.email());
        OpenPage.at("settings");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DeliveryChoice> due = find(RadioButtonGroup.class).id("delivery-" + ReminderKind.CHECK_IN_DUE.name());
        assertThat(due.getValue()).isEqualTo(DeliveryChoice.MAIL);
        assertThat(page()).contains("Reminders in Slack").doesNotContain("Connect the Slack workspace");
        test(due).selectItem("Both");
        test(find(Button.class).id("slack-delivery-save")).click();
        assertThat(reminders.deliveries().kinds()).filteredOn(d -> d.kind() == ReminderKind.CHECK_IN_DUE)
                .singleElement().extracting(d -> d.choice()).isEqualTo(DeliveryChoice.MAIL_AND_SLACK);
    }
}
