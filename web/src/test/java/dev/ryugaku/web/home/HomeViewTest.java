package dev.ryugaku.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.ryugaku.core.checkin.AttentionEntry;
import dev.ryugaku.core.checkin.AttentionReason;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.checkin.HeldCheckIns;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role's home shows that role's view of the program. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    HeldCheckIns heldCheckIns;

    @Test
    @WithUserDetails(value = DemoPeople.PARTICIPANT)
    void participantSeesTheirRotationWithDaysLeftMentorsAndGoals() {
        Speak.in(Locale.JAPANESE);
        navigate(HomeView.class);
        Div card = find(Div.class).id("my-rotation");
        assertThat(card.getElement().getTextRecursively()).contains("わたしの留学", "第2期", "高橋 健太", "決済APIのSLO");
        assertThat(find(com.vaadin.flow.component.html.Span.class).id("days-left").getText()).matches("(残り\\d+日|開始まであと\\d+日)");
        assertThat(find(ProgressBar.class).id("rotation-progress").getValue()).isBetween(0.0, 1.0);
        assertThat(find(Div.class).withId("my-mentees").exists()).isFalse();
        assertThat(find(Div.class).withId("program").exists()).isFalse();
    }

    @Test
    @WithUserDetails(value = DemoPeople.MENTOR)
    void mentorSeesTheirActiveMentees() {
        Speak.in(Locale.ENGLISH);
        navigate(HomeView.class);
        @SuppressWarnings("unchecked")
        Grid<EnrollmentSummary> mentees = find(Grid.class).id("mentee-grid");
        // other tests add mentees of their own; the demo's active mentees are there and the graduate is not
        List<String> names = IntStream.range(0, test(mentees).size()).mapToObj(i -> test(mentees).getRow(i).personName()).toList();
        assertThat(names).contains("田中 翔太").doesNotContain("小林 結衣");
        assertThat(find(Div.class).id("my-mentees").getElement().getTextRecursively()).contains("My mentees");
        assertThat(find(Div.class).withId("my-rotation").exists()).isFalse();
    }

    private List<AttentionEntry> rows(String gridId) {
        @SuppressWarnings("unchecked")
        Grid<AttentionEntry> grid = find(Grid.class).id(gridId);
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }

    @Test
    @WithUserDetails(value = DemoPeople.MENTOR)
    void mentorSeesWhichMenteesNeedAttentionAndTheCheckInsOfTheWeek() {
        FreshRotations.Fresh tired = heldCheckIns.rotationWithWellBeing(2, 2);
        Speak.in(Locale.JAPANESE);
        navigate(HomeView.class);
        assertThat(find(Div.class).id("attention-queue").getElement().getTextRecursively()).contains("要注意の参加者");
        assertThat(rows("attention-queue-grid")).anySatisfy(entry -> {
            assertThat(entry.enrollmentId()).isEqualTo(tired.enrollmentId());
            assertThat(entry.reasons()).contains(AttentionReason.WELLBEING_LOW_TWICE);
        });
        assertThat(find(Div.class).id("check-ins-to-hold").getElement().getTextRecursively()).contains("今週のチェックイン");
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void ownerSeesTheProgramsAttentionQueueWithEachMentor() {
        Speak.in(Locale.ENGLISH);
        navigate(HomeView.class);
        assertThat(find(Div.class).id("program-attention-queue").getElement().getTextRecursively()).contains("Needs attention");
        List<AttentionEntry> queue = rows("program-attention-queue-grid");
        assertThat(queue).anySatisfy(entry -> assertThat(entry.mentorName()).isEqualTo("渡辺 彩"));
        assertThat(queue).anySatisfy(entry -> {
            assertThat(entry.participantName()).isEqualTo("鈴木 美月");
            assertThat(entry.reasons()).contains(AttentionReason.ACTION_ITEMS_OVERDUE);
        });
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER)
    void ownerSeesActiveAndUpcomingCohortsWithFillAndMentors() {
        Speak.in(Locale.JAPANESE);
        navigate(HomeView.class);
        String program = find(Div.class).id("program").getElement().getTextRecursively();
        assertThat(program).contains("プログラム", "第2期", "参加 4 / 定員 4名", "高橋 健太", "伊藤 直樹", "第3期");
        assertThat(program).doesNotContain("第1期");
    }

    @Test
    @WithUserDetails(value = DemoPeople.OWNER_AND_MENTOR)
    void someoneWithTwoRolesSeesBothHomes() {
        Speak.in(Locale.JAPANESE);
        navigate(HomeView.class);
        assertThat(find(Div.class).withId("program").exists()).isTrue();
        assertThat(find(Div.class).withId("my-mentees").exists()).isTrue();
    }
}
