package dev.ryugaku.web.demo;

import dev.ryugaku.core.checkin.CheckInImport;
import dev.ryugaku.core.cohort.CheckInCadence;
import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.cohort.CohortDraft;
import dev.ryugaku.core.cohort.CohortRepository;
import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import dev.ryugaku.core.enrollment.EnrollmentStatus;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.people.TeamRepository;
import dev.ryugaku.core.retrospective.RetrospectiveImport;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.intake.IntakeImport;
import dev.ryugaku.core.skill.SkillImport;
import dev.ryugaku.core.task.TaskImport;
import dev.ryugaku.core.worklog.WorkLogImport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A realistic program to explore: a completed cohort (第1期), an active one (第2期), a planned one
 * (第3期) — 第1期 with its retrospectives, final evaluations and follow-ups —, an SRE team hosting engineers from four product teams, and the demo accounts
 * {@code owner}, {@code mentor}, {@code participant} and {@code participant2} (another mentor's
 * mentee in the same cohort, to try privacy by hand).
 */
@Component
class DemoProgram {

    static final String PASSWORD = "ryugaku-demo";

    private final TeamRepository teams;
    private final PersonRepository people;
    private final CohortRepository cohorts;
    private final EnrollmentRepository enrollments;
    private final PasswordEncoder passwordEncoder;
    private final TaskImport taskImport;
    private final WorkLogImport workLogImport;
    private final CheckInImport checkInImport;
    private final SkillImport skillImport;
    private final IntakeImport intakeImport;
    private final RetrospectiveImport retrospectiveImport;
    private final Clock clock;

    DemoProgram(TeamRepository teams, PersonRepository people, CohortRepository cohorts,
                EnrollmentRepository enrollments, PasswordEncoder passwordEncoder, TaskImport taskImport,
                WorkLogImport workLogImport, CheckInImport checkInImport, SkillImport skillImport, IntakeImport intakeImport,
                RetrospectiveImport retrospectiveImport, Clock clock) {
        this.teams = teams;
        this.people = people;
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.passwordEncoder = passwordEncoder;
        this.taskImport = taskImport;
        this.workLogImport = workLogImport;
        this.checkInImport = checkInImport;
        this.skillImport = skillImport;
        this.intakeImport = intakeImport;
        this.retrospectiveImport = retrospectiveImport;
        this.clock = clock;
    }

    /** Seeds the program unless the database already holds people or teams. */
    @Transactional
    boolean seedIfEmpty() {
        if (people.count() > 0 || teams.count() > 0) {
            return false;
        }
        String hash = passwordEncoder.encode(PASSWORD);

        Team sre = teams.save(new Team("SREチーム", TeamKind.SRE));
        Team payments = teams.save(new Team("決済チーム", TeamKind.PRODUCT));
        Team search = teams.save(new Team("検索チーム", TeamKind.PRODUCT));
        Team mobile = teams.save(new Team("モバイルアプリチーム", TeamKind.PRODUCT));
        Team learning = teams.save(new Team("学習プラットフォームチーム", TeamKind.PRODUCT));

        Person owner = person("佐藤 美咲", "owner", sre, hash, Role.PROGRAM_OWNER);
        Person mentor = person("高橋 健太", "mentor", sre, hash, Role.MENTOR);
        Person ito = person("伊藤 直樹", "ito", sre, hash, Role.MENTOR, Role.PROGRAM_OWNER);
        Person watanabe = person("渡辺 彩", "watanabe", sre, hash, Role.MENTOR);
        Person participant = person("田中 翔太", "participant", payments, hash, Role.PARTICIPANT);
        Person yamamoto = person("山本 陽菜", "yamamoto", search, hash, Role.PARTICIPANT);
        Person nakamura = person("中村 大輝", "nakamura", mobile, hash, Role.PARTICIPANT);
        Person kobayashi = person("小林 結衣", "kobayashi", learning, hash, Role.PARTICIPANT);
        Person kato = person("加藤 拓海", "kato", payments, hash, Role.PARTICIPANT);
        Person yoshida = person("吉田 さくら", "yoshida", search, hash, Role.PARTICIPANT);
        Person yamada = person("山田 蓮", "yamada", mobile, hash, Role.PARTICIPANT);
        Person matsumoto = person("松本 葵", "matsumoto", learning, hash, Role.PARTICIPANT);
        Person participant2 = person("鈴木 美月", "participant2", payments, hash, Role.PARTICIPANT);

        Cohort first = cohort("第1期", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), 4, sre,
                CheckInCadence.BIWEEKLY, "初めてのSRE留学。監視の整備とトイル削減を中心に、半年間SREチームで実務を経験する。");
        Cohort second = cohort("第2期", LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31), 4, sre,
                CheckInCadence.WEEKLY, "第1期のふりかえりを受けて1on1を毎週に。障害対応はオブザーバーから始め、期の後半でレスポンダーを目指す。");
        Cohort third = cohort("第3期", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 9, 30), 5, sre,
                CheckInCadence.WEEKLY, "コスト最適化とSLO策定を重点テーマとして募集中。");

        Enrollment kobayashiRotation = enroll(kobayashi, first, learning, mentor, null, EnrollmentStatus.GRADUATED,
                "Linuxとネットワークの基礎を固め、学習プラットフォームのアラートを整理する。");
        Enrollment katoRotation = enroll(kato, first, payments, ito, null, EnrollmentStatus.GRADUATED,
                "Terraformでのインフラ変更をレビューできるようになる。");
        Enrollment yoshidaRotation = enroll(yoshida, first, search, mentor, ito, EnrollmentStatus.GRADUATED,
                "検索基盤のコストを把握し、不要なリソースを削除する。");
        Enrollment participantRotation = enroll(participant, second, payments, mentor, null, EnrollmentStatus.ACTIVE,
                "決済APIのSLOを定義し、ダッシュボードとアラートを整える。障害対応でシャドーを経験する。");
        Enrollment yamamotoRotation = enroll(yamamoto, second, search, ito, null, EnrollmentStatus.ACTIVE,
                "Kubernetesの運用に慣れ、デプロイの手作業を自動化する。");
        Enrollment nakamuraRotation = enroll(nakamura, second, mobile, watanabe, mentor, EnrollmentStatus.ACTIVE,
                "モバイルAPIの性能劣化を早く検知できる監視をつくる。");
        Enrollment participant2Rotation = enroll(participant2, second, payments, ito, null, EnrollmentStatus.ACTIVE,
                "障害対応の一次切り分けを一人でできるようになる。ポストモーテムを書く。");
        enroll(yamada, third, mobile, ito, null, EnrollmentStatus.PLANNED,
                "オンコールに入れるようになる。");
        enroll(matsumoto, third, learning, mentor, null, EnrollmentStatus.PLANNED,
                "データベースのバックアップとリストア手順を整備する。");

        DemoTasks demoTasks = new DemoTasks(taskImport, clock.instant());
        demoTasks.firstCohort(kobayashiRotation, katoRotation, yoshidaRotation, mentor, ito);
        demoTasks.secondCohort(participantRotation, yamamotoRotation, nakamuraRotation, participant2Rotation, mentor, ito,
                watanabe);
        demoTasks.brokenWindows(owner, mentor);

        DemoWorkLogs demoLogs = new DemoWorkLogs(workLogImport, LocalDate.now(clock.withZone(Person.DEFAULT_ZONE)),
                clock.instant());
        demoLogs.logRotation(kobayashiRotation, mentor, 1);
        demoLogs.logRotation(katoRotation, ito, 2);
        demoLogs.logRotation(yoshidaRotation, mentor, 3);
        demoLogs.logRotation(participantRotation, mentor, 0);
        demoLogs.logRotation(yamamotoRotation, ito, 1);
        demoLogs.logRotation(nakamuraRotation, watanabe, 2);
        demoLogs.logRotation(participant2Rotation, ito, 4);

        DemoCheckIns demoCheckIns = new DemoCheckIns(checkInImport, clock.instant(), Person.DEFAULT_ZONE);
        demoCheckIns.history(kobayashiRotation, 1, DemoCheckIns.WellBeing.STEADY);
        demoCheckIns.history(katoRotation, 2, DemoCheckIns.WellBeing.STEADY);
        demoCheckIns.history(yoshidaRotation, 3, DemoCheckIns.WellBeing.STEADY);
        demoCheckIns.history(participantRotation, 0, DemoCheckIns.WellBeing.STEADY);
        demoCheckIns.history(yamamotoRotation, 1, DemoCheckIns.WellBeing.HAS_MISSED_ONE);
        demoCheckIns.history(nakamuraRotation, 2, DemoCheckIns.WellBeing.FALLING);
        demoCheckIns.history(participant2Rotation, 4, DemoCheckIns.WellBeing.OVERDUE_ITEM);

        DemoSkills demoSkills = new DemoSkills(skillImport, Person.DEFAULT_ZONE, clock.instant());
        demoSkills.completed(kobayashiRotation, 1);
        demoSkills.completed(katoRotation, 2);
        demoSkills.completed(yoshidaRotation, 3);
        demoSkills.started(participantRotation, 0);
        demoSkills.atMidTerm(yamamotoRotation, 1);
        demoSkills.midTermUnderway(nakamuraRotation, 2);
        demoSkills.started(participant2Rotation, 4);
        demoSkills.declared(mentor, 6, 7);
        demoSkills.declared(watanabe, 2, 5, 6);
        demoSkills.declared(ito, 3, 4);

        new DemoRetrospectives(retrospectiveImport, clock.instant(), Person.DEFAULT_ZONE)
                .firstCohort(kobayashiRotation, katoRotation, yoshidaRotation, mentor, ito);

        payments.setManagerId(kato.getId());
        new DemoIntake(intakeImport, LocalDate.now(clock.withZone(Person.DEFAULT_ZONE)), clock.instant())
                .thirdCohort(third, kato, participant2, participant, kobayashi, yoshida);
        return true;
    }

    private Person person(String name, String login, Team home, String hash, Role... roles) {
        Person person = new Person(name, login + "@ryugaku.example", login, Locale.JAPANESE, Person.DEFAULT_ZONE,
                Set.of(roles), home);
        person.setPasswordHash(hash);
        return people.save(person);
    }

    private Cohort cohort(String name, LocalDate start, LocalDate end, int capacity, Team host,
                          CheckInCadence cadence, String description) {
        CohortDraft draft = new CohortDraft();
        draft.setName(name);
        draft.setStartDate(start);
        draft.setEndDate(end);
        draft.setCapacity(capacity);
        draft.setCadence(cadence);
        draft.setKickoffDate(start);
        draft.setMidTermReviewDate(start.plusMonths(3).minusDays(1));
        draft.setFinalReviewDate(end.minusDays(5));
        draft.setDescription(description);
        return cohorts.save(new Cohort(draft, host));
    }

    private Enrollment enroll(Person participant, Cohort cohort, Team home, Person mentor, Person secondMentor,
                              EnrollmentStatus status, String goals) {
        return enrollments.save(new Enrollment(participant, cohort, home, mentor, secondMentor, goals, status));
    }
}
