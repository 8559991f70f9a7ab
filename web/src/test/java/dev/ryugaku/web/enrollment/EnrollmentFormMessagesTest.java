package dev.ryugaku.web.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.Speak;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each enrollment rule the form can break, explained where the user looks, in Japanese and English. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class EnrollmentFormMessagesTest extends SpringBrowserlessTest {

    @Autowired
    EnrollmentFixtures fixtures;

    /** cohort, participant, start, end, where the message shows, Japanese text, English text. */
    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("第1期", "松本 葵", null, null, "enrollment-form-error",
                        "終了または中止した期には登録できません。",
                        "Nobody can be enrolled in a completed or cancelled cohort."),
                Arguments.of("第3期", "山田 蓮", null, null, "enrollment-form-error",
                        "この人は期間が重なる留学（第3期）にすでに登録されています。",
                        "This person is already enrolled in a rotation that overlaps in time (第3期)."),
                Arguments.of("第3期", "小林 結衣", LocalDate.of(2027, 3, 31), null, "enrollment-start",
                        "開始日は期の開始日（2027/04/01）以降にしてください。",
                        "The start cannot be before the cohort starts (Apr 1, 2027)."),
                Arguments.of("第3期", "小林 結衣", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 5, 31), "enrollment-end",
                        "終了日は開始日より後の日付にしてください。",
                        "The end date must come after the start date."));
    }

    @ParameterizedTest(name = "{0} / {1} → {5}")
    @MethodSource("brokenRules")
    @WithUserDetails(DemoPeople.OWNER)
    void theRuleIsExplainedInJapanese(String cohort, String person, LocalDate start, LocalDate end, String where,
                                      String japanese, String english) {
        assertThat(submit(Locale.JAPANESE, cohort, person, start, end, where)).contains(japanese);
    }

    @ParameterizedTest(name = "{0} / {1} → {6}")
    @MethodSource("brokenRules")
    @WithUserDetails(DemoPeople.OWNER)
    void theRuleIsExplainedInEnglish(String cohort, String person, LocalDate start, LocalDate end, String where,
                                     String japanese, String english) {
        assertThat(submit(Locale.ENGLISH, cohort, person, start, end, where)).contains(english);
    }

    private String submit(Locale locale, String cohort, String person, LocalDate start, LocalDate end, String where) {
        Speak.in(locale);
        navigate("cohorts/" + fixtures.cohortId(cohort) + "/enroll", EnrollmentEditorView.class);
        pick("enrollment-person", person);
        pick("enrollment-primary-mentor", "高橋 健太");
        if (start != null) {
            test(find(DatePicker.class).id("enrollment-start")).setValue(start);
        }
        if (end != null) {
            test(find(DatePicker.class).id("enrollment-end")).setValue(end);
        }
        test(find(Button.class).id("save-enrollment")).click();
        assertThat(getCurrentView()).isInstanceOf(EnrollmentEditorView.class);
        return where.equals("enrollment-form-error")
                ? find(Paragraph.class).id(where).getText()
                : find(DatePicker.class).id(where).getErrorMessage();
    }

    private void pick(String id, String startOfLabel) {
        @SuppressWarnings("unchecked")
        ComboBox<Object> combo = find(ComboBox.class).id(id);
        test(combo).selectItem(test(combo).getSuggestions().stream().filter(s -> s.startsWith(startOfLabel))
                .findFirst().orElseThrow());
    }
}
