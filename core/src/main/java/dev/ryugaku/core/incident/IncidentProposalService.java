package dev.ryugaku.core.incident;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.RotationAccess;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.worklog.WorkLogDraft;
import dev.ryugaku.core.worklog.WorkLogService;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's side of proposed incident entries: they see the ones waiting for their own
 * rotation and accept one (as it is or edited, saved through {@link WorkLogService} so every rule
 * of the log applies) or dismiss it. Nobody else sees or decides them; a mentor sees an accepted
 * one as the log entry it became.
 */
@Service
public class IncidentProposalService {

    static final String RECORD_TYPE = "IncidentProposal";
    static final String DECIDE = "decide incident proposal";
    static final String READ = "read incident proposals";

    private final IncidentRepository incidents;
    private final RotationAccess rotations;
    private final WorkLogService workLog;
    private final Clock clock;

    public IncidentProposalService(IncidentRepository incidents, RotationAccess rotations, WorkLogService workLog,
                                   Clock clock) {
        this.incidents = incidents;
        this.rotations = rotations;
        this.workLog = workLog;
        this.clock = clock;
    }

    /** The proposals waiting on the rotation, oldest first; empty unless the actor is its participant. */
    @Transactional(readOnly = true)
    public List<ProposedEntry> waiting(long enrollmentId) {
        Actor actor = rotations.actor();
        Enrollment rotation = rotations.visible(actor, enrollmentId, READ);
        if (!rotation.isParticipant(actor.personId())) {
            return List.of();
        }
        ZoneId zone = rotation.getPerson().getZone();
        return incidents.findWaiting(enrollmentId).stream().map(p -> {
            Incident incident = p.getIncident();
            return new ProposedEntry(p.getId(), p.getVersion(), incident.getTitle(), incident.getLink(),
                    p.getInvolvedAt().atZone(zone).toLocalDate(),
                    IncidentEvents.minutes(p.getInvolvedAt(), incident.getResolvedAt(), IncidentEvents.MAX_MINUTES),
                    p.getSuggestedRole(), incident.getResolvedAt() != null);
        }).toList();
    }

    /**
     * Adds the entry, as the participant left it, to their log and marks the proposal accepted.
     *
     * @return the new entry's id
     * @throws dev.ryugaku.core.shared.InvalidInputException when the entry breaks a rule of the log (nothing is saved)
     * @throws dev.ryugaku.core.shared.ConcurrentEditException when the proposal changed or was decided meanwhile
     */
    @Transactional
    public long accept(long proposalId, long expectedVersion, WorkLogDraft draft) {
        IncidentProposal proposal = mine(proposalId, expectedVersion);
        long entryId = workLog.add(proposal.getEnrollmentId(), draft);
        proposal.accept(clock.instant(), entryId);
        return entryId;
    }

    /** Leaves the incident out of the log: the proposal is not shown again. */
    @Transactional
    public void dismiss(long proposalId, long expectedVersion) {
        mine(proposalId, expectedVersion).dismiss(clock.instant());
    }

    private IncidentProposal mine(long proposalId, long expectedVersion) {
        Actor actor = rotations.actor();
        IncidentProposal proposal = incidents.findById(proposalId)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, proposalId));
        rotations.own(actor, proposal.getEnrollmentId(), DECIDE);
        Versions.require(proposal.getVersion(), expectedVersion, RECORD_TYPE, proposalId);
        if (proposal.getStatus() != ProposalStatus.PROPOSED) {
            throw new ConcurrentEditException(RECORD_TYPE, proposalId);
        }
        return proposal;
    }
}
