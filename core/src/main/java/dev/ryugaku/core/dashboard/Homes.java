package dev.ryugaku.core.dashboard;

import dev.ryugaku.core.checkin.ActionItemService;
import dev.ryugaku.core.checkin.AttentionQueue;
import dev.ryugaku.core.checkin.AttentionSignals;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.core.enrollment.EnrollmentDetails;
import dev.ryugaku.core.enrollment.EnrollmentService;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.enrollment.EnrollmentSummary;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.task.TaskService;
import dev.ryugaku.core.worklog.WorkLogService;
import dev.ryugaku.core.worklog.WorkWeekService;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The homes, each read in one transaction: the services it calls join it, so who is acting is read
 * once and the number of statements does not grow with the program (see docs/performance.md).
 */
@Service
public class Homes {

    private final EnrollmentService enrollments;
    private final WorkLogService workLog;
    private final WorkWeekService workWeeks;
    private final CheckInService checkIns;
    private final ActionItemService actionItems;
    private final AttentionQueue attention;
    private final TaskService tasks;
    private final CurrentActor currentActor;

    public Homes(EnrollmentService enrollments, WorkLogService workLog, WorkWeekService workWeeks,
                 CheckInService checkIns, ActionItemService actionItems, AttentionQueue attention, TaskService tasks,
                 CurrentActor currentActor) {
        this.currentActor = currentActor;
        this.enrollments = enrollments;
        this.workLog = workLog;
        this.workWeeks = workWeeks;
        this.checkIns = checkIns;
        this.actionItems = actionItems;
        this.attention = attention;
        this.tasks = tasks;
    }

    /** The participant's rotation, incident ladder, next check-in and open action items. */
    @Transactional(readOnly = true)
    public ParticipantHome participantHome() {
        Optional<EnrollmentDetails> rotation = enrollments.myRotation();
        Optional<Long> active = rotation.filter(r -> r.status() == EnrollmentStatus.ACTIVE).map(EnrollmentDetails::id);
        // the ladder of the rotation one logs for: the active one, else one that just ended or the next
        Optional<Long> logged = active.isPresent() ? active : workLog.myRotation();
        return new ParticipantHome(rotation, logged.map(workWeeks::ladder), active.flatMap(checkIns::nextCheckIn),
                active.map(actionItems::openActionItems).orElse(List.of()));
    }

    /** The mentor's mentees with their toil flags, who needs attention, the week's check-ins, and what waits for review. */
    @Transactional(readOnly = true)
    public MentorHome mentorHome() {
        List<EnrollmentSummary> mentees = enrollments.myMentees();
        // the mentees are the actor's by construction: one assessment gives both their toil flags and who needs attention
        AttentionQueue.Assessment assessment = attention.assess(mentees.stream().map(m -> new AttentionSignals.Rotation(
                m.id(), m.personName(), null, m.primaryMentorName(), m.cohortName())).toList(), currentActor.get().zone());
        return new MentorHome(mentees, assessment.toilFlags(), assessment.needAttention(), checkIns.myCheckInsToHold(),
                workWeeks.unreviewedWeeks(), tasks.reviewQueue());
    }
}
