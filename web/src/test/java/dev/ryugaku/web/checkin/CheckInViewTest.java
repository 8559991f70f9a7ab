package dev.ryugaku.web.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import dev.ryugaku.core.checkin.CheckInDetail;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.ryugaku.core.checkin.ActionItemOwner;
import dev.ryugaku.core.checkin.ActionItemRow;
import dev.ryugaku.core.checkin.ActionItemService;
import dev.ryugaku.core.checkin.CheckInRecord;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.checkin.CheckInFixtures.Talk;
import dev.ryugaku.web.enrollment.FreshRotations;
import dev.ryugaku.web.error.NotFoundErrorView;
import dev.ryugaku.web.navigation.HomePages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /checkins/{id}: the mentor records the talk; the participant reads it, without the private notes. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class CheckInViewTest extends SpringBrowserlessTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String PRIVATE = "家庭の事情で疲れている様子。";

    @Autowired
    FreshRotations rotations;

    @Autowired
    CheckInService checkIns;

    @Autowired
    ActionItemService actionItems;

    @Autowired
    SignIn signIn;

    @Autowired
    CheckInFixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }



    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> rating(String name) {
        return find(RadioButtonGroup.class).id("checkin-" + name);
    }

    @Test
    void theMentorRecordsTheTalkAndAgreesAnActionItemInJapanese() {
        Talk talk = fixtures.talkSoon();
        Speak.in(Locale.JAPANESE);
        navigate("checkins/" + talk.checkInId(), CheckInView.class);
        assertThat(find(Span.class).id("checkin-status").getText()).isEqualTo("予定");

        rating("progress").setValue(4);
        rating("wellBeing").setValue(3);
        rating("confidence").setValue(3);
        test(find(TextArea.class).id("checkin-summary")).setValue("アラートの棚卸しが進んだ");
        test(find(TextArea.class).id("checkin-privateNotes")).setValue(PRIVATE);
        test(find(Button.class).id("checkin-record-save")).click();

        assertThat(find(Span.class).id("checkin-status").getText()).isEqualTo("実施済み");
        test(find(TextField.class).id("action-item-text")).setValue("ランブックを更新する");
        test(find(DatePicker.class).id("action-item-due")).setValue(LocalDate.now(TOKYO).plusDays(7));
        test(find(Button.class).id("action-item-add")).click();
        assertThat(pageText()).contains("ランブックを更新する", "参加者");
    }

    @Test
    void missingRatingsAndSummaryAreShownBesideTheFieldsInEnglish() {
        Talk talk = fixtures.talkSoon();
        Speak.in(Locale.ENGLISH);
        navigate("checkins/" + talk.checkInId(), CheckInView.class);

        test(find(Button.class).id("checkin-record-save")).click();

        assertThat(rating("wellBeing").isInvalid()).isTrue();
        assertThat(rating("wellBeing").getErrorMessage()).isEqualTo("Choose a rating from 1 to 5.");
        assertThat(find(TextArea.class).id("checkin-summary").getErrorMessage()).isEqualTo("Write a summary for the participant.");
        assertThat(find(Span.class).id("checkin-status").getText()).isEqualTo("Scheduled");
    }

    @Test
    void theParticipantReadsTheSummaryButNeverThePrivateNotes() {
        Talk talk = fixtures.talkSoon();
        checkIns.record(talk.checkInId(), checkIns.detail(talk.checkInId()).version(),
                new CheckInRecord(4, 2, 3, "SLOの案を見直した", PRIVATE, null));
        actionItems.addActionItem(talk.checkInId(), "SLO案を共有する", ActionItemOwner.PARTICIPANT, LocalDate.now(TOKYO).plusDays(2));
        signIn.as(talk.rotation().login());
        Speak.in(Locale.JAPANESE);

        navigate("checkins/" + talk.checkInId(), CheckInView.class);

        assertThat(pageText()).contains("SLOの案を見直した", "SLO案を共有する", "コンディション 2/5").doesNotContain(PRIVATE);
        assertThat(find(TextArea.class).all()).noneMatch(area -> area.getValue().contains(PRIVATE));
        assertThat(find(TextArea.class).withId("checkin-privateNotes").exists()).isFalse();
        assertThat(find(Button.class).withId("checkin-record-save").exists()).isFalse();
        assertThat(find(Button.class).withId("action-item-add").exists()).isFalse();
    }

    @Test
    void aParticipantTypingAnotherParticipantsCheckInIdSeesNotFound() {
        Talk talk = fixtures.talkSoon();
        checkIns.record(talk.checkInId(), checkIns.detail(talk.checkInId()).version(),
                new CheckInRecord(4, 2, 3, "SLOの案を見直した", PRIVATE, null));
        signIn.as(DemoPeople.PARTICIPANT);
        Speak.in(Locale.JAPANESE);

        navigate("checkins/" + talk.checkInId(), NotFoundErrorView.class);

        assertThat(pageText()).doesNotContain("SLOの案を見直した", PRIVATE, "ログ 太郎");
    }

    @Test
    void theParticipantWritesWhatTheyWantToTalkAboutAndTheMentorReadsIt() {
        Talk talk = fixtures.talkSoon();
        signIn.as(talk.rotation().login());
        Speak.in(Locale.JAPANESE);
        navigate("checkins/" + talk.checkInId(), CheckInView.class);

        test(find(TextArea.class).id("checkin-participant-note")).setValue("オンコールが不安です");
        test(find(Button.class).id("checkin-participant-note-save")).click();

        signIn.as(DemoPeople.MENTOR);
        navigate("checkins/" + talk.checkInId(), CheckInView.class);
        assertThat(pageText()).contains("オンコールが不安です");
    }

    @Test
    void thePageIsTitledFromTheReadersSideAndSaysWhereItSits() {
        Talk talk = fixtures.talkSoon();
        CheckInDetail detail = checkIns.detail(talk.checkInId());
        signIn.as(talk.rotation().login());
        Speak.in(Locale.JAPANESE);
        navigate("checkins/" + talk.checkInId(), CheckInView.class);
        assertThat(find(H2.class).first().getText()).as("the participant meets their mentor")
                .isEqualTo(detail.mentorName() + "さんとのチェックイン");
        Nav breadcrumbs = find(Nav.class).id("breadcrumbs");
        assertThat(breadcrumbs.getElement().getTextRecursively())
                .startsWith("ホーム" + detail.participantName() + "（" + detail.cohortName() + "）");
        assertThat(breadcrumbs.getElement().getAttribute("aria-label")).isEqualTo("パンくずリスト");

        signIn.as(DemoPeople.MENTOR);
        navigate("checkins/" + talk.checkInId(), CheckInView.class);
        assertThat(find(H2.class).first().getText()).isEqualTo(detail.participantName() + "さんとのチェックイン");
    }

    @Test
    void cancellingAsksForAReasonInTheDialog() {
        Talk talk = fixtures.talkSoon();
        Speak.in(Locale.ENGLISH);
        navigate("checkins/" + talk.checkInId(), CheckInView.class);

        test(find(Button.class).id("checkin-cancel")).click();
        test(find(Button.class).id("checkin-cancel-confirm")).click();
        TextArea reason = find(TextArea.class).id("checkin-cancel-reason-field");
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the check-in is cancelled.");
        test(reason).setValue("Incident all day");
        test(find(Button.class).id("checkin-cancel-confirm")).click();

        assertThat(find(Span.class).id("checkin-status").getText()).isEqualTo("Cancelled");
        assertThat(pageText()).contains("Incident all day");
    }

    @Test
    void theParticipantTicksOffTheirActionItemOnTheirHome() {
        Talk talk = fixtures.talkSoon();
        actionItems.addActionItem(talk.checkInId(), "ダッシュボードを作る", ActionItemOwner.PARTICIPANT, LocalDate.now(TOKYO).plusDays(2));
        long itemId = checkIns.detail(talk.checkInId()).agreedHere().getFirst().id();
        signIn.as(talk.rotation().login());
        Speak.in(Locale.JAPANESE);
        OpenPage.at(HomePages.home());
        assertThat(pageText()).contains("ダッシュボードを作る");

        test(find(Checkbox.class).id("action-item-" + itemId)).click();

        assertThat(pageText()).doesNotContain("ダッシュボードを作る").contains("未完了のアクションアイテムはありません");
    }

    @Test
    void removingAnActionItemAsksFirstNamingIt() {
        Talk talk = fixtures.talkSoon();
        actionItems.addActionItem(talk.checkInId(), "古いアラートを消す", ActionItemOwner.MENTOR, LocalDate.now(TOKYO).plusDays(3));
        long itemId = checkIns.detail(talk.checkInId()).agreedHere().getFirst().id();
        Speak.in(Locale.JAPANESE);
        navigate("checkins/" + talk.checkInId(), CheckInView.class);

        test(find(Button.class).id("action-item-remove-" + itemId)).click();
        ConfirmDialog question = find(ConfirmDialog.class).single();
        assertThat(question.getElement().getProperty("message")).isEqualTo("「古いアラートを消す」を削除します。元に戻せません。");
        test(question).cancel();
        assertThat(checkIns.detail(talk.checkInId()).agreedHere()).extracting(ActionItemRow::id).contains(itemId);

        test(find(Button.class).id("action-item-remove-" + itemId)).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(checkIns.detail(talk.checkInId()).agreedHere()).extracting(ActionItemRow::id).doesNotContain(itemId);
        assertThat(pageText()).doesNotContain("古いアラートを消す");
    }
}
