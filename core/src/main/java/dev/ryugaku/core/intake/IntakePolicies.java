package dev.ryugaku.core.intake;

import dev.ryugaku.core.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rules of an intake round, each small and named; {@link IntakeService} applies them to records. */
public final class IntakePolicies {

    public static final int MOTIVATION_MAX = 2000;
    public static final int TOPICS_MAX = 2000;
    public static final int PERIOD_MAX = 200;
    public static final int REASON_MAX = 1000;

    private IntakePolicies() {
    }

    /** A round takes applications from its opening day through its closing day, unless closed early. */
    public static boolean roundOpen(LocalDate opensOn, LocalDate closesOn, boolean closedEarly, LocalDate today) {
        return !closedEarly && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    /** Dates given, closing not before opening, and intake over before the cohort starts. */
    public static List<Violation> checkRound(RoundDraft draft, LocalDate cohortStart) {
        List<Violation> problems = new ArrayList<>();
        if (draft.opensOn() == null || draft.closesOn() == null) {
            problems.add(Violation.of(draft.opensOn() == null ? "opensOn" : "closesOn", IntakeProblem.DATES_REQUIRED));
            return problems;
        }
        if (draft.closesOn().isBefore(draft.opensOn())) {
            problems.add(Violation.of("closesOn", IntakeProblem.CLOSES_BEFORE_OPENS));
        }
        if (!draft.closesOn().isBefore(cohortStart)) {
            problems.add(Violation.of("closesOn", IntakeProblem.CLOSES_AFTER_COHORT_START, cohortStart));
        }
        return problems;
    }

    /** Motivation is required when the round asks for it; every answer within its limit. */
    public static List<Violation> checkAnswers(ApplicationDraft draft, RoundDraft asked) {
        List<Violation> problems = new ArrayList<>();
        if (asked.askMotivation() && blankToNull(draft.motivation()) == null) {
            problems.add(Violation.of("motivation", IntakeProblem.MOTIVATION_REQUIRED));
        }
        tooLong(problems, "motivation", draft.motivation(), MOTIVATION_MAX);
        tooLong(problems, "topics", draft.topics(), TOPICS_MAX);
        tooLong(problems, "preferredPeriod", draft.preferredPeriod(), PERIOD_MAX);
        return problems;
    }

    /** A decline needs a reason the applicant can read, within its limit. */
    public static List<Violation> checkReason(String reason) {
        List<Violation> problems = new ArrayList<>();
        if (blankToNull(reason) == null) {
            problems.add(Violation.of("reason", IntakeProblem.REASON_REQUIRED));
        }
        tooLong(problems, "reason", reason, REASON_MAX);
        return problems;
    }

    /**
     * Where a submitted application goes: straight to the owners when the round needs no approval,
     * when the team has no manager to give it, or when the manager nominated the person themselves;
     * else to the manager.
     */
    public static ApplicationState afterSubmit(boolean approvalRequired, boolean teamHasManager, boolean nominated) {
        if (!approvalRequired || !teamHasManager) {
            return ApplicationState.SUBMITTED;
        }
        return nominated ? ApplicationState.APPROVED : ApplicationState.SUBMITTED;
    }

    /** Whether the application waits for its manager: submitted in a round that needs approval from a team with one. */
    public static boolean awaitsManager(ApplicationState state, boolean approvalRequired, boolean teamHasManager) {
        return state == ApplicationState.SUBMITTED && approvalRequired && teamHasManager;
    }

    /**
     * Owners select, waitlist or decline an application the manager has approved (or that needed no
     * approval), and may change their mind between these three until it became an enrollment.
     */
    public static boolean ownerMayMove(ApplicationState from, ApplicationState to, boolean awaitsManager, boolean enrolled) {
        if (awaitsManager || enrolled || from == to) {
            return false;
        }
        return EnumSet.of(ApplicationState.SELECTED, ApplicationState.WAITLISTED, ApplicationState.DECLINED).contains(to)
                && ApplicationState.DECIDABLE.contains(from);
    }

    /** The applicant withdraws while the application is in play and not yet an enrollment. */
    public static boolean applicantMayWithdraw(ApplicationState state, boolean enrolled) {
        return state.isOpen() && !enrolled;
    }

    /** Declined applications are kept while the round runs and may be deleted once it no longer takes applications. */
    public static boolean declinedDeletable(boolean roundOpen, boolean roundStarted) {
        return !roundOpen && roundStarted;
    }

    /** One more selection fits while fewer places are used than the cohort has. */
    public static boolean placeFree(long used, int capacity) {
        return used < capacity;
    }

    /** The waitlisted application offered a freed place: the lowest position, then the earliest applied. */
    public static Optional<IntakeApplication> firstWaitlisted(List<IntakeApplication> waitlisted) {
        return waitlisted.stream().filter(a -> a.getState() == ApplicationState.WAITLISTED)
                .min(Comparator.comparing((IntakeApplication a) -> a.getWaitlistPosition() == null
                                ? Integer.MAX_VALUE : a.getWaitlistPosition())
                        .thenComparing(IntakeApplication::getCreatedAt));
    }

    /** The states that count as a team's load: people the team would lose, or may lose, for the cohort. */
    public static final Set<ApplicationState> LOAD = EnumSet.of(ApplicationState.SELECTED);

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void tooLong(List<Violation> problems, String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            problems.add(Violation.of(field, IntakeProblem.TEXT_TOO_LONG, max));
        }
    }
}
