package dev.ryugaku.core.reminder;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Graduated rotations without a submitted follow-up, read in bulk; implemented in persistence. */
public interface FollowUpReminderFacts {

    /** Graduated rotations of active people, not followed up yet, whose effective end lies in the period. */
    List<GraduateFollowUp> unansweredEndingBetween(LocalDate firstEnd, LocalDate lastEnd);

    /** The same rotations among these, when sending. */
    List<GraduateFollowUp> unansweredAmong(Collection<Long> enrollmentIds);
}
