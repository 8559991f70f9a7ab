package dev.ryugaku.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import dev.ryugaku.core.reminder.ReminderKind;
import dev.ryugaku.core.reminder.ReminderPreferences;
import dev.ryugaku.core.reminder.ReminderService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each person turns the reminder mails of their roles on and off on the settings page, in their language. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class ReminderSettingsSectionTest extends SpringBrowserlessTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    FreshPeople people;

    @Autowired
    SignIn signIn;

    @Autowired
    ReminderService reminders;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private List<String> kindLabels() {
        // the settings page has other sections with checkboxes of their own (API tokens)
        return find(Checkbox.class).all().stream().filter(box -> box.getId().orElse("").startsWith("reminder-"))
                .map(Checkbox::getLabel).toList();
    }

    private Checkbox box(ReminderKind kind) {
        return find(Checkbox.class).id("reminder-" + kind.name());
    }

    private boolean enabled(ReminderKind kind) {
        return reminders.preferences().kinds().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow().enabled();
    }

    @Test
    void aMentorTurnsTheOverdueReminderOffInJapanese() {
        FreshPeople.Fresh mentor = people.create("設定 先生", Locale.JAPANESE, TOKYO, Role.MENTOR);
        signIn.as(mentor.email());
        Speak.in(Locale.JAPANESE);
        navigate(SettingsView.class);

        assertThat(find(H2.class).id("reminder-settings-title").getText()).isEqualTo("メールでのお知らせ");
        assertThat(find(Paragraph.class).id("reminder-settings-intro").getText())
                .isEqualTo("お知らせは " + mentor.email() + " に送られます。日時はあなたのタイムゾーン（Asia/Tokyo）で書かれます。");
        assertThat(kindLabels()).containsExactly("チェックインの前日のお知らせ", "未記録のチェックインのお知らせ",
                "募集: あなたの応募の進み具合", "募集: 締切が近いお知らせ");
        assertThat(box(ReminderKind.CHECK_IN_DUE).getValue()).as("on until turned off").isTrue();
        test(box(ReminderKind.CHECK_IN_OVERDUE)).click();
        test(find(Button.class).id("reminder-settings-save")).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("お知らせの設定を保存しました。");
        assertThat(enabled(ReminderKind.CHECK_IN_OVERDUE)).isFalse();
        assertThat(enabled(ReminderKind.CHECK_IN_DUE)).isTrue();
        navigate(SettingsView.class);
        assertThat(box(ReminderKind.CHECK_IN_OVERDUE).getValue()).isFalse();
    }

    @Test
    void anOwnerWhoAlsoMentorsSeesTheirKindsInEnglish() {
        FreshPeople.Fresh owner = people.create("Sam Owner", Locale.ENGLISH, ZoneId.of("Europe/London"),
                Role.PROGRAM_OWNER, Role.MENTOR);
        signIn.as(owner.email());
        Speak.in(Locale.ENGLISH);
        navigate(SettingsView.class);

        assertThat(find(H2.class).id("reminder-settings-title").getText()).isEqualTo("Reminder emails");
        assertThat(kindLabels()).containsExactly("Check-in tomorrow", "Check-in not recorded", "Weekly attention digest",
                "Intake: your application", "Intake: applications to decide (daily)", "Intake: closing soon");
        assertThat(box(ReminderKind.ATTENTION_DIGEST).getHelperText())
                .isEqualTo("A weekly list of the participants who need attention.");
    }

    @Test
    void aParticipantSeesTheRemindersAboutTheirActionItemsAndTheirFollowUp() {
        FreshPeople.Fresh participant = people.create("参加 花子", Locale.JAPANESE, TOKYO, Role.PARTICIPANT);
        signIn.as(participant.email());
        Speak.in(Locale.JAPANESE);
        navigate(SettingsView.class);

        assertThat(kindLabels()).containsExactly("期限が近いアクションアイテムのお知らせ", "フォローアップのお願い",
                "募集: あなたの応募の進み具合", "募集: 締切が近いお知らせ");
    }

    @Test
    void aPersonWithoutRoleSeesTheIntakeNoticesTheyMayReceiveAsAnApplicant() {
        FreshPeople.Fresh applicant = people.create("応募 次郎", Locale.JAPANESE, TOKYO);
        signIn.as(applicant.email());
        Speak.in(Locale.JAPANESE);
        navigate(SettingsView.class);

        assertThat(kindLabels()).containsExactly("募集: あなたの応募の進み具合", "募集: 締切が近いお知らせ");
        assertThat(box(ReminderKind.INTAKE_CLOSING).getHelperText()).contains("締切の2日前から");
    }

    @Test
    void settingsSavedMeanwhileInAnotherTabAreNotOverwritten() {
        FreshPeople.Fresh mentor = people.create("二窓 先生", Locale.JAPANESE, TOKYO, Role.MENTOR);
        signIn.as(mentor.email());
        Speak.in(Locale.JAPANESE);
        navigate(SettingsView.class);
        reminders.updatePreferences(ReminderPreferences.NEVER_SAVED, List.of(ReminderKind.CHECK_IN_DUE));

        test(box(ReminderKind.CHECK_IN_DUE)).click();
        test(find(Button.class).id("reminder-settings-save")).click();

        assertThat(test(find(Notification.class).last()).getText()).startsWith("この内容は保存中に他のユーザーによって更新されました。");
        assertThat(enabled(ReminderKind.CHECK_IN_DUE)).as("the other tab's choice stays").isTrue();
        assertThat(enabled(ReminderKind.CHECK_IN_OVERDUE)).isFalse();
    }
}
