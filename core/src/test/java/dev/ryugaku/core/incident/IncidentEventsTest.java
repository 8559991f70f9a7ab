package dev.ryugaku.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.worklog.IncidentRole;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentEventsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    @Test
    void anEventWithinTheAgeIsFreshAnOlderOrAFutureOneIsNot() {
        Duration sixHours = Duration.ofHours(6);
        assertThat(IncidentEvents.fresh(NOW.minus(sixHours), NOW, sixHours)).isTrue();
        assertThat(IncidentEvents.fresh(NOW.minus(sixHours).minusSeconds(1), NOW, sixHours)).isFalse();
        assertThat(IncidentEvents.fresh(NOW.plus(IncidentEvents.CLOCK_SKEW), NOW, sixHours)).isTrue();
        assertThat(IncidentEvents.fresh(NOW.plus(IncidentEvents.CLOCK_SKEW).plusSeconds(1), NOW, sixHours)).isFalse();
        assertThat(IncidentEvents.fresh(null, NOW, sixHours)).isFalse();
    }

    @Test
    void minutesRunFromThePersonsPartToTheResolutionRoundedUpAndCapped() {
        assertThat(IncidentEvents.minutes(NOW, null, 480)).isNull();
        assertThat(IncidentEvents.minutes(NOW, NOW.plusSeconds(61), 480)).isEqualTo(2);
        assertThat(IncidentEvents.minutes(NOW, NOW, 480)).isEqualTo(1);
        // resolved before the late responder joined (out of order at the tool): still one minute, never negative
        assertThat(IncidentEvents.minutes(NOW, NOW.minusSeconds(600), 480)).isEqualTo(1);
        assertThat(IncidentEvents.minutes(NOW, NOW.plus(Duration.ofHours(14)), 480)).isEqualTo(480);
    }

    @Test
    void theHigherRungWinsWhicheverCameFirst() {
        assertThat(IncidentEvents.higher(IncidentRole.SHADOW, IncidentRole.RESPONDER)).isEqualTo(IncidentRole.RESPONDER);
        assertThat(IncidentEvents.higher(IncidentRole.RESPONDER, IncidentRole.SHADOW)).isEqualTo(IncidentRole.RESPONDER);
        assertThat(IncidentEvents.higher(null, IncidentRole.COMMANDER)).isEqualTo(IncidentRole.COMMANDER);
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertThat(IncidentEvents.webAddress("https://acme.pagerduty.com/incidents/PGR0VU2")).isTrue();
        assertThat(IncidentEvents.webAddress("HTTP://grafana.example/oncall/1")).isTrue();
        assertThat(IncidentEvents.webAddress("javascript:alert(1)")).isFalse();
        assertThat(IncidentEvents.webAddress("https://example.com/" + "x".repeat(Incident.LINK_MAX))).isFalse();
        assertThat(IncidentEvents.webAddress(null)).isFalse();
    }

    @Test
    void theProposedEntryIsAnIncidentWithTheTitleAndLinkAsItsNote() {
        ProposedEntry proposal = new ProposedEntry(1, 0, "DB failover", "https://acme.pagerduty.com/incidents/P1",
                java.time.LocalDate.of(2026, 12, 1), 42, IncidentRole.RESPONDER, true);
        var draft = proposal.draft();
        assertThat(draft.getCategory()).isEqualTo(dev.ryugaku.core.worklog.WorkCategory.INCIDENT);
        assertThat(draft.isToil()).isTrue();
        assertThat(draft.getIncidentRole()).isEqualTo(IncidentRole.RESPONDER);
        assertThat(draft.getMinutes()).isEqualTo(42);
        assertThat(draft.getNote()).isEqualTo("DB failover\nhttps://acme.pagerduty.com/incidents/P1");
    }
}
