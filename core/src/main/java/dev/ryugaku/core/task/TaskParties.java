package dev.ryugaku.core.task;

import java.util.Set;

/** Who a task concerns: its assignee, the assignee's mentors, its reviewer. */
public record TaskParties(Long assigneePersonId, Set<Long> assigneeMentorIds, Long reviewerId) {

    public TaskParties {
        assigneeMentorIds = Set.copyOf(assigneeMentorIds);
    }

    static TaskParties of(ImprovementTask task) {
        var assignee = task.getAssignee();
        Set<Long> mentors = assignee == null ? Set.of() : mentorIds(assignee);
        return new TaskParties(assignee == null ? null : assignee.getPerson().getId(), mentors,
                task.getReviewer() == null ? null : task.getReviewer().getId());
    }

    static Set<Long> mentorIds(dev.ryugaku.core.enrollment.Enrollment enrollment) {
        java.util.HashSet<Long> ids = new java.util.HashSet<>();
        if (enrollment.getPrimaryMentor() != null) {
            ids.add(enrollment.getPrimaryMentor().getId());
        }
        if (enrollment.getSecondaryMentor() != null) {
            ids.add(enrollment.getSecondaryMentor().getId());
        }
        return ids;
    }
}
