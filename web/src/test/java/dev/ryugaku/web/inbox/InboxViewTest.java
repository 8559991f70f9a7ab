package dev.ryugaku.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell counts what is unread; the inbox page lists each item and opening one marks it read and goes there. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class InboxViewTest extends SpringBrowserlessTest {

    @Autowired
    InboxFixtures fixtures;

    @Autowired
    SignIn signIn;

    private List<Div> rows(String className) {
        return find(Div.class).all().stream().filter(div -> div.hasClassName(className)).toList();
    }

    private String bell() {
        return find(InboxBell.class).single().shownCount();
    }

    @Test
    void theBellCountsTheUnreadAndOpeningAnItemMarksItReadAndOpensItsPage() {
        InboxFixtures.World world = fixtures.world();
        signIn.as(world.mentorLogin());
        Speak.in(Locale.JAPANESE);

        navigate(InboxView.class);
        assertThat(bell()).isEqualTo("6");
        assertThat(find(InboxBell.class).single().getAriaLabel()).contains("受信箱（未読6件）");
        Div items = find(Div.class).id("inbox-items");
        assertThat(items.getElement().getTextRecursively()).contains("タスクのレビュー待ち", "受信テストの課題",
                "未記録のチェックイン", "まもなくチェックイン", "プレモーテムの承認待ち", "最終評価を書く");

        Div review = rows("inbox-item").stream()
                .filter(row -> row.getElement().getAttribute("data-key").startsWith("task-review:" + world.taskId() + "@"))
                .findFirst().orElseThrow();
        test(find(Button.class).from(review).single()).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("tasks/" + world.taskId());
        assertThat(bell()).as("counted again on navigation").isEqualTo("5");
        navigate(InboxView.class);
        assertThat(rows("inbox-item-read")).hasSize(1);
    }

    @Test
    void inEnglishAndWithNothingToDo() {
        InboxFixtures.World world = fixtures.world();
        fixtures.accept(world.taskId(), world.mentorLogin());
        signIn.as(world.graduate().login());
        Speak.in(Locale.ENGLISH);

        navigate(InboxView.class);
        assertThat(bell()).isEqualTo("2");
        assertThat(find(Div.class).id("inbox-items").getElement().getTextRecursively()).contains("Follow-up to write", "Retrospective to write");

        signIn.as(fixtures.idleMentor());
        navigate(InboxView.class);
        assertThat(bell()).isEmpty();
        assertThat(find(Paragraph.class).id("inbox-empty").getText())
                .isEqualTo("Nothing needs you right now.");
    }
}
