package dev.ryugaku.web.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import dev.ryugaku.core.checkin.CheckInRow;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.OpenPage;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.enrollment.FreshRotations;
import dev.ryugaku.web.navigation.EnrollmentPages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The check-ins on the enrollment page, as a mentor and as the participant see them. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class CheckInsSectionTest extends SpringBrowserlessTest {

    @Autowired
    FreshRotations rotations;

    @Autowired
    SignIn signIn;

    private FreshRotations.Fresh rotationStartedTenDaysAgo() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        return rotations.active(today.minusDays(10), today.plusDays(60));
    }

    @Test
    void theMentorMovesTheCheckInsToAnotherWeekdayAndTime() {
        FreshRotations.Fresh fresh = rotationStartedTenDaysAgo();
        signIn.as(DemoPeople.MENTOR);
        Speak.in(Locale.JAPANESE);
        OpenPage.at(EnrollmentPages.rotation(fresh.enrollmentId()));
        @SuppressWarnings("unchecked")
        Grid<CheckInRow> grid = find(Grid.class).id("checkin-grid");
        assertThat(test(grid).size()).isGreaterThan(5);

        @SuppressWarnings("unchecked")
        Select<DayOfWeek> day = find(Select.class).id("checkin-day");
        test(day).selectItem("火曜日");
        test(find(TimePicker.class).id("checkin-time")).setValue(LocalTime.of(16, 0));
        test(find(Button.class).id("checkin-slot-save")).click();

        assertThat(find(Paragraph.class).id("checkin-slot").getText()).isEqualTo("毎回 火曜日 16:00（Asia/Tokyo）");
        @SuppressWarnings("unchecked")
        Grid<CheckInRow> moved = find(Grid.class).id("checkin-grid");
        assertThat(test(moved).getCellText(0, 0)).contains("(火) 16:00");
        assertThat(test(moved).getCellText(0, 1)).isEqualTo("予定");
    }

    @Test
    void theParticipantSeesTheirCheckInsButCannotMoveThem() {
        FreshRotations.Fresh fresh = rotationStartedTenDaysAgo();
        signIn.as(fresh.login());
        Speak.in(Locale.ENGLISH);
        OpenPage.at(EnrollmentPages.rotation(fresh.enrollmentId()));
        assertThat(find(Grid.class).withId("checkin-grid").exists()).isTrue();
        assertThat(find(Select.class).withId("checkin-day").exists()).isFalse();
        assertThat(find(Paragraph.class).id("checkin-slot").getText()).startsWith("Every ");
    }
}
