package dev.ryugaku.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import dev.ryugaku.core.intake.IntakeService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.intake.IntakeFixtures;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What waits on people in intake is in their inbox, and opening it goes where they act. */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class IntakeInboxViewTest extends SpringBrowserlessTest {

    @Autowired
    IntakeFixtures fixtures;

    @Autowired
    IntakeService intake;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Div item(String keyPrefix) {
        return find(Div.class).all().stream().filter(div -> div.hasClassName("inbox-item"))
                .filter(div -> div.getElement().getAttribute("data-key").startsWith(keyPrefix)).findFirst().orElseThrow();
    }

    @Test
    void theManagerOpensTheApplicationToApproveAndTheNomineeTheNominationToConfirm() {
        var world = fixtures.world(2, true);
        var nominee = fixtures.teamMember(world);
        long id = fixtures.apply(world.applicant(), world.roundId());
        signIn.as(world.manager());
        intake.nominate(world.roundId(), nominee.personId());
        Speak.in(Locale.JAPANESE);

        navigate(InboxView.class);
        Div approval = item("intake-approval:" + id);
        assertThat(approval.getElement().getTextRecursively()).contains("承認を待つ応募", "応募 花子", "から待っています");
        test(find(Button.class).from(approval).single()).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("intake/team");

        signIn.as(nominee.login());
        Speak.in(Locale.ENGLISH);
        navigate(InboxView.class);
        Div nomination = item("intake-nomination:");
        assertThat(nomination.getElement().getTextRecursively()).contains("Nomination to confirm", "Closes ");
        test(find(Button.class).from(nomination).single()).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("intake");
    }

    @Test
    void anOwnerOpensTheRoundWithApplicationsToDecide() {
        var world = fixtures.world(2, false);
        fixtures.apply(world.applicant(), world.roundId());
        signIn.as(DemoPeople.OWNER);
        Speak.in(Locale.JAPANESE);

        navigate(InboxView.class);
        Div round = item("intake-decisions:" + world.roundId() + "@");
        assertThat(round.getElement().getTextRecursively()).contains("選考を待つ応募", "最新の応募 ");
        test(find(Button.class).from(round).single()).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("cohorts/" + world.cohortId() + "/intake");
    }
}
