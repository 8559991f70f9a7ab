package dev.ryugaku.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.Speak;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A field's length limit: nothing pasted is cut off, too much is said beside the field, long texts count. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class TextLimitTest extends SpringBrowserlessTest {

    @BeforeEach
    void inJapanese() {
        Speak.in(Locale.JAPANESE);
    }

    private <F extends com.vaadin.flow.component.Component> F onPage(F field) {
        UI.getCurrent().add(field);
        return field;
    }

    @Test
    void aPasteLongerThanTheLimitIsKeptWholeAndMarkedBesideTheField() {
        TextArea note = onPage(new TextArea());
        TextLimit.apply(note, 1000);

        test(note).setValue("あ".repeat(1010));

        assertThat(note.getValue()).as("nothing cut off").hasSize(1010);
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("1,000文字までです（10文字多すぎます）。");
        assertThat(note.getHelperText()).isEqualTo("1,010 / 1,000文字");
        assertThat(note.getMaxLength()).as("no browser limit that would cut a paste").isZero();
    }

    @Test
    void shorteningTheTextTakesTheMarkAway() {
        TextArea note = onPage(new TextArea());
        TextLimit.apply(note, 10);
        test(note).setValue("x".repeat(11));
        assertThat(note.isInvalid()).isTrue();
        test(note).setValue("x".repeat(10));
        assertThat(note.isInvalid()).isFalse();
        assertThat(note.getHelperText()).isEqualTo("10 / 10文字");
    }

    @Test
    void theViewsOwnHelpStaysBeforeTheCounterEvenWhenSetLater() {
        TextArea goals = onPage(new TextArea());
        TextLimit.apply(goals, 2000);
        goals.setHelperText("箇条書きで");
        test(goals).setValue("SLOを学ぶ");
        assertThat(goals.getHelperText()).isEqualTo("箇条書きで 6 / 2,000文字");
    }

    @Test
    void shortFieldsRefuseWithoutACounter() {
        TextField name = onPage(new TextField());
        TextLimit.apply(name, 5);
        test(name).setValue("123456");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getHelperText()).isNull();
    }
}
