package dev.ryugaku.core.incident;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in events from incident tools, once each by their id, and proposes a work-log entry to
 * every participant on an active rotation who took part (matched by e-mail). Nothing reaches a
 * log here: the participant accepts or dismisses the proposal ({@link IncidentProposalService}).
 * Events of one incident are merged under its row lock, each in a way that does not depend on the
 * order they arrive in, so a late "acknowledged" after "resolved" gives the same proposal.
 */
@Service
public class IncidentIntake {

    /** What became of an event. */
    public enum Outcome { RECORDED, DUPLICATE }

    private final IncidentRepository incidents;
    private final PersonRepository people;
    private final EnrollmentRepository enrollments;
    private final Clock clock;

    public IncidentIntake(IncidentRepository incidents, PersonRepository people, EnrollmentRepository enrollments,
                          Clock clock) {
        this.incidents = incidents;
        this.people = people;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    /** Records the event and merges it into its incident and proposals; a second delivery of it changes nothing. */
    @Transactional
    public Outcome receive(IncidentEvent event) {
        if (incidents.recordEvent(event.source(), event.eventId(), event.type().name(), event.occurredAt(),
                clock.instant()) == 0) {
            return Outcome.DUPLICATE;
        }
        if (event.incidentId() == null || event.incidentId().isBlank()) {
            return Outcome.RECORDED;
        }
        incidents.insertIncidentIfAbsent(event.source(), event.incidentId());
        Incident incident = incidents.lockIncident(event.source(), event.incidentId()).orElseThrow();
        incident.merge(event);
        for (IncidentEvent.Involvement who : event.people()) {
            if (who.email() == null || who.email().isBlank() || who.role() == null) {
                continue;
            }
            Optional<Person> person = people.findByEmail(Person.normaliseEmail(who.email())).filter(Person::isActive);
            person.ifPresent(p -> enrollments.findCurrentByPerson(p.getId()).stream()
                    .filter(rotation -> rotation.getStatus() == EnrollmentStatus.ACTIVE)
                    .map(Enrollment::getId)
                    .forEach(rotation -> propose(incident, rotation, who, event)));
        }
        return Outcome.RECORDED;
    }

    private void propose(Incident incident, long enrollmentId, IncidentEvent.Involvement who, IncidentEvent event) {
        incidents.findProposal(incident.getId(), enrollmentId).ifPresentOrElse(
                proposal -> proposal.merge(who.role(), event.occurredAt()),
                () -> incidents.save(new IncidentProposal(incident, enrollmentId, who.role(), event.occurredAt())));
    }
}
