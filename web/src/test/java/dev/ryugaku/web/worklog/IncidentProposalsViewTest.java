package dev.ryugaku.web.worklog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.ryugaku.core.incident.IncidentEvent;
import dev.ryugaku.core.incident.IncidentEventType;
import dev.ryugaku.core.incident.IncidentIntake;
import dev.ryugaku.core.incident.IncidentProposalService;
import dev.ryugaku.core.incident.ProposedEntry;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.worklog.IncidentRole;
import dev.ryugaku.core.worklog.WorkCategory;
import dev.ryugaku.core.worklog.WorkLogEntryRow;
import dev.ryugaku.core.worklog.WorkWeekService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.Speak;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The participant's work log shows entries proposed from incidents: added (after editing) through
 * the entry form and the log's rules, or dismissed; nothing lands without "add".
 */
@RyugakuTest
@ViewPackages(packages = "dev.ryugaku.web")
class IncidentProposalsViewTest extends SpringBrowserlessTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    FreshRotations rotations;

    @Autowired
    SignIn signIn;

    @Autowired
    IncidentIntake intake;

    @Autowired
    IncidentProposalService proposals;

    @Autowired
    WorkWeekService workWeeks;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A participant on an active rotation with one resolved incident they acknowledged 45 minutes before it ended. */
    private FreshRotations.Fresh withProposal(String title) {
        LocalDate today = LocalDate.now(TOKYO);
        FreshRotations.Fresh rotation = rotations.active(today.minusDays(10), today.plusDays(40));
        SignIn.out();
        String incident = UUID.randomUUID().toString();
        Instant acknowledged = Instant.now().minus(50, ChronoUnit.MINUTES);
        List<IncidentEvent.Involvement> responder = List.of(new IncidentEvent.Involvement(rotation.login(), IncidentRole.RESPONDER));
        intake.receive(new IncidentEvent("generic", UUID.randomUUID().toString(), IncidentEventType.ACKNOWLEDGED,
                acknowledged, incident, title, "https://acme.pagerduty.com/incidents/" + incident.substring(0, 8), responder));
        intake.receive(new IncidentEvent("generic", UUID.randomUUID().toString(), IncidentEventType.RESOLVED,
                acknowledged.plus(45, ChronoUnit.MINUTES), incident, null, null, List.of()));
        signIn.as(rotation.login());
        return rotation;
    }

    private ProposedEntry onlyProposal(FreshRotations.Fresh rotation) {
        List<ProposedEntry> waiting = proposals.waiting(rotation.enrollmentId());
        assertThat(waiting).hasSize(1);
        return waiting.getFirst();
    }

    private List<WorkLogEntryRow> entries(FreshRotations.Fresh rotation, LocalDate day) {
        return workWeeks.week(rotation.enrollmentId(), day).entries();
    }

    @Test
    void theParticipantEditsAndAddsAProposalThroughTheEntryForm() {
        Speak.in(Locale.JAPANESE);
        FreshRotations.Fresh rotation = withProposal("決済APIの遅延");
        ProposedEntry proposal = onlyProposal(rotation);
        navigate("worklog", WorkLogView.class);
        Div card = find(Div.class).id("proposal-" + proposal.id());
        assertThat(card.getElement().getTextRecursively()).contains("決済APIの遅延", "レスポンダー", "45分");
        assertThat(entries(rotation, proposal.date())).isEmpty();

        test(find(Button.class).id("accept-proposal-" + proposal.id())).click();
        assertThat(find(IntegerField.class).id("entry-minutes").getValue()).isEqualTo(45);
        assertThat(find(TextArea.class).id("entry-note").getValue()).startsWith("決済APIの遅延\nhttps://");
        @SuppressWarnings("unchecked")
        Select<IncidentRole> role = find(Select.class).id("entry-role");
        assertThat(role.getValue()).isEqualTo(IncidentRole.RESPONDER);
        // a day holds at most 24 hours: the log's own rule refuses the edit, and nothing is saved
        test(find(IntegerField.class).id("entry-minutes")).setValue(2000);
        test(find(Button.class).id("save-entry")).click();
        assertThat(find(IntegerField.class).id("entry-minutes").isInvalid()).isTrue();
        assertThat(entries(rotation, proposal.date())).isEmpty();

        test(find(IntegerField.class).id("entry-minutes")).setValue(60);
        test(find(Button.class).id("save-entry")).click();
        List<WorkLogEntryRow> logged = entries(rotation, proposal.date());
        assertThat(logged).singleElement().satisfies(entry -> {
            assertThat(entry.category()).isEqualTo(WorkCategory.INCIDENT);
            assertThat(entry.minutes()).isEqualTo(60);
            assertThat(entry.incidentRole()).isEqualTo(IncidentRole.RESPONDER);
            assertThat(entry.note()).startsWith("決済APIの遅延");
        });
        assertThat(proposals.waiting(rotation.enrollmentId())).isEmpty();
        assertThat(find(IncidentProposalsCard.class).all()).isEmpty();
    }

    @Test
    void aDismissedProposalLeavesTheLogAsItWas() {
        Speak.in(Locale.ENGLISH);
        FreshRotations.Fresh rotation = withProposal("Queue backlog");
        ProposedEntry proposal = onlyProposal(rotation);
        navigate("worklog", WorkLogView.class);
        assertThat(find(IncidentProposalsCard.class).single().getElement().getTextRecursively())
                .contains("Proposed from incidents", "Queue backlog", "Responder", "45 min");
        test(find(Button.class).id("dismiss-proposal-" + proposal.id())).click();
        assertThat(find(IncidentProposalsCard.class).all()).isEmpty();
        assertThat(proposals.waiting(rotation.enrollmentId())).isEmpty();
        assertThat(entries(rotation, proposal.date())).isEmpty();
    }

    @Test
    void theMentorSeesNoProposalsAndCannotDecideThem() {
        FreshRotations.Fresh rotation = withProposal("Cache stampede");
        ProposedEntry proposal = onlyProposal(rotation);
        signIn.as(DemoPeople.MENTOR);
        navigate("worklog/" + rotation.enrollmentId(), WorkLogView.class);
        assertThat(find(IncidentProposalsCard.class).all()).isEmpty();
        assertThat(proposals.waiting(rotation.enrollmentId())).isEmpty();
        assertThatThrownBy(() -> proposals.dismiss(proposal.id(), proposal.version()))
                .isInstanceOf(NotPermittedException.class);
        signIn.as(rotation.login());
        assertThat(proposals.waiting(rotation.enrollmentId())).hasSize(1);
    }
}
