package dev.ryugaku.core.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The attention queue's rules, one small named rule per reason. */
public final class AttentionRules {

    /** One rule: does it apply to this mentee now? */
    public interface AttentionRule {

        AttentionReason reason();

        boolean appliesTo(MenteeSignals mentee, Instant now, LocalDate today);
    }

    /** A check-in's time has passed and it is not recorded yet (it turns MISSED after three days). */
    public static final AttentionRule CHECK_IN_OVERDUE = rule(AttentionReason.CHECKIN_OVERDUE, (mentee, now, today) ->
            mentee.checkIns().stream().anyMatch(c -> c.status() == CheckInStatus.SCHEDULED && c.scheduledAt().isBefore(now)));

    /** The last check-in that was due did not take place. */
    public static final AttentionRule CHECK_IN_MISSED = rule(AttentionReason.CHECKIN_MISSED, (mentee, now, today) ->
            mentee.checkIns().stream()
                    .filter(c -> c.scheduledAt().isBefore(now) && c.status() != CheckInStatus.CANCELLED
                            && c.status() != CheckInStatus.SCHEDULED)
                    .reduce((earlier, later) -> later)
                    .map(last -> last.status() == CheckInStatus.MISSED).orElse(false));

    /** Well-being of 2 or less at the last two check-ins held. */
    public static final AttentionRule WELLBEING_LOW_TWICE = rule(AttentionReason.WELLBEING_LOW_TWICE, (mentee, now, today) -> {
        List<Integer> wellBeing = mentee.heldWellBeing();
        return wellBeing.size() >= 2 && last(wellBeing, 0) <= 2 && last(wellBeing, 1) <= 2;
    });

    /** Well-being fell by 2 or more since the check-in before. */
    public static final AttentionRule WELLBEING_FALLING = rule(AttentionReason.WELLBEING_FALLING, (mentee, now, today) -> {
        List<Integer> wellBeing = mentee.heldWellBeing();
        return wellBeing.size() >= 2 && last(wellBeing, 1) - last(wellBeing, 0) >= 2;
    });

    /** Toil above the cap (50 %) in each of the last two completed weeks. */
    public static final AttentionRule TOIL_HIGH_TWO_WEEKS = rule(AttentionReason.TOIL_HIGH_TWO_WEEKS, (mentee, now, today) -> {
        List<Boolean> overCap = mentee.weeksOverToilCap();
        int weeks = overCap.size();
        return weeks >= 2 && overCap.get(weeks - 1) && overCap.get(weeks - 2);
    });

    /** A HIGH-risk task is open while its pre-mortem is not approved. */
    public static final AttentionRule HIGH_RISK_WITHOUT_PREMORTEM = rule(AttentionReason.HIGH_RISK_WITHOUT_PREMORTEM,
            (mentee, now, today) -> mentee.highRiskTasksWithoutApprovedPreMortem() > 0);

    /** An open action item is past its due date. */
    public static final AttentionRule ACTION_ITEMS_OVERDUE = rule(AttentionReason.ACTION_ITEMS_OVERDUE, (mentee, now, today) ->
            mentee.openActionItemDueDates().stream().anyMatch(due -> due.isBefore(today)));

    public static final List<AttentionRule> ALL = List.of(CHECK_IN_OVERDUE, CHECK_IN_MISSED, WELLBEING_LOW_TWICE,
            WELLBEING_FALLING, TOIL_HIGH_TWO_WEEKS, HIGH_RISK_WITHOUT_PREMORTEM, ACTION_ITEMS_OVERDUE);

    private AttentionRules() {
    }

    /** Every reason that applies, in the order of {@link #ALL}. */
    public static List<AttentionReason> reasons(MenteeSignals mentee, Instant now, LocalDate today) {
        return ALL.stream().filter(rule -> rule.appliesTo(mentee, now, today)).map(AttentionRule::reason).toList();
    }

    private static int last(List<Integer> values, int back) {
        return values.get(values.size() - 1 - back);
    }

    private interface Condition {
        boolean test(MenteeSignals mentee, Instant now, LocalDate today);
    }

    private static AttentionRule rule(AttentionReason reason, Condition condition) {
        return new AttentionRule() {
            @Override
            public AttentionReason reason() {
                return reason;
            }

            @Override
            public boolean appliesTo(MenteeSignals mentee, Instant now, LocalDate today) {
                return condition.test(mentee, now, today);
            }
        };
    }
}
