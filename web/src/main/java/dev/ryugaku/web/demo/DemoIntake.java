package dev.ryugaku.web.demo;

import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.intake.ApplicationDraft;
import dev.ryugaku.core.intake.ApplicationState;
import dev.ryugaku.core.intake.IntakeImport;
import dev.ryugaku.core.intake.IntakeRound;
import dev.ryugaku.core.intake.RoundDraft;
import dev.ryugaku.core.people.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * 第3期's open intake: opened two weeks ago, closing a month from today (or the day before the
 * cohort starts), with the payments team's manager approving; one application waits for the
 * manager, one nomination for its nominee to confirm, one is waitlisted and one declined.
 */
final class DemoIntake {

    private final IntakeImport intake;
    private final LocalDate today;
    private final Instant now;

    DemoIntake(IntakeImport intake, LocalDate today, Instant now) {
        this.intake = intake;
        this.today = today;
        this.now = now;
    }

    void thirdCohort(Cohort third, Person manager, Person awaitingManager, Person nominated, Person waitlisted,
                     Person declined) {
        if (!today.isBefore(third.getStartDate().minusDays(1))) {
            return; // the cohort has started: no intake to show
        }
        LocalDate closes = today.plusDays(30).isBefore(third.getStartDate()) ? today.plusDays(30)
                : third.getStartDate().minusDays(1);
        IntakeRound round = intake.round(third, RoundDraft.asking(today.minusDays(14), closes));
        Set<Long> skills = intake.firstSkills(2);
        intake.application(round, awaitingManager, null, new ApplicationDraft(
                        "決済の障害対応で一次切り分けを任されるようになりたい。", skills, "決済APIのアラート整理",
                        "4月から半年"), ApplicationState.SUBMITTED, null, null, now.minus(3, ChronoUnit.DAYS));
        intake.application(round, nominated, manager, new ApplicationDraft(null, Set.of(), null, null),
                ApplicationState.NOMINATED, null, null, now.minus(2, ChronoUnit.DAYS));
        intake.application(round, waitlisted, null, new ApplicationDraft(
                        "学習プラットフォームのSLOを自分で定義できるようになりたい。", skills, "SLOダッシュボード",
                        "4月から"), ApplicationState.WAITLISTED, "定員に空きが出たらご案内します。", 1,
                now.minus(10, ChronoUnit.DAYS));
        intake.application(round, declined, null, new ApplicationDraft(
                        "検索基盤の運用をもう一度学びたい。", Set.of(), null, null), ApplicationState.DECLINED,
                "前回の留学から間がないため、次の期にご応募ください。", null, now.minus(8, ChronoUnit.DAYS));
    }
}
