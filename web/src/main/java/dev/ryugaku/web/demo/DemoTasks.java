package dev.ryugaku.web.demo;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.task.ImprovementTask;
import dev.ryugaku.core.task.PreMortemDraft;
import dev.ryugaku.core.task.PreMortemStatus;
import dev.ryugaku.core.task.TaskCategory;
import dev.ryugaku.core.task.TaskDraft;
import dev.ryugaku.core.task.TaskImport;
import dev.ryugaku.core.task.TaskPriority;
import dev.ryugaku.core.task.TaskRisk;
import dev.ryugaku.core.task.TaskStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The demo program's improvement tasks: every category, HIGH-risk work with approved and pending
 * pre-mortems, work waiting for review, results with measured impact, and a few broken windows.
 */
final class DemoTasks {

    private final TaskImport tasks;
    private final Instant now;

    DemoTasks(TaskImport tasks, Instant now) {
        this.tasks = tasks;
        this.now = now;
    }

    void firstCohort(Enrollment kobayashi, Enrollment kato, Enrollment yoshida, Person mentor, Person ito) {
        ImprovementTask snapshots = task("不要なEBSスナップショットを削除する", TaskCategory.RESOURCE_CLEANUP, TaskRisk.LOW,
                TaskStatus.DONE, yoshida, mentor, 200, "半年以上使われていないスナップショットを棚卸しして削除した。");
        done(snapshots, "420件のスナップショットを削除。削除前に利用者へ確認した。", "48000", null);
        ImprovementTask alerts = task("アラートの閾値を見直してRunbookを整える", TaskCategory.MONITORING, TaskRisk.MEDIUM,
                TaskStatus.DONE, kobayashi, mentor, 190, "夜間の誤報が多いアラートを洗い出す。");
        done(alerts, "誤報のアラートを12個削除し、残りにRunbookへのリンクを付けた。", null, "6");
        ImprovementTask deploy = task("手作業のデプロイ手順を自動化する", TaskCategory.TOIL_AUTOMATION, TaskRisk.HIGH,
                TaskStatus.DONE, kato, ito, 180, "リリースのたびに30分かかる手作業をパイプラインにする。");
        done(deploy, "デプロイはボタン一つになり、切り戻しも自動化した。", null, "10");
        tasks.preMortem(deploy, kato.getPerson(), new PreMortemDraft(
                "自動デプロイが誤って本番の設定を上書きし、決済が止まる。",
                "環境ごとの設定の切り替えがテストされていない。",
                "ステージングで同じパイプラインを先に流す。本番は承認ステップを必須にする。",
                "直前のリリースタグを再デプロイする。手順書の3章に従う。"),
                PreMortemStatus.APPROVED, days(179), ito);
    }

    void secondCohort(Enrollment tanaka, Enrollment yamamoto, Enrollment nakamura, Enrollment suzuki, Person mentor,
                      Person ito, Person watanabe) {
        task("決済APIのSLOダッシュボードを作る", TaskCategory.MONITORING, TaskRisk.MEDIUM, TaskStatus.IN_PROGRESS, tanaka,
                mentor, 40, "可用性とレイテンシのSLOを決め、エラーバジェットを見えるようにする。");
        ImprovementTask rds = task("RDSのマイナーバージョンを上げる", TaskCategory.RELIABILITY, TaskRisk.HIGH, TaskStatus.READY,
                tanaka, mentor, 20, "サポート期限が近いバージョンを上げる。メンテナンス時間内に行う。");
        tasks.preMortem(rds, tanaka.getPerson(), new PreMortemDraft(
                "アップグレード後に接続ドライバの互換性問題でアプリが接続できなくなる。",
                "ドライバのバージョン確認をしていない。ステージングと本番のパラメータグループが違う。",
                "ステージングで同じ手順を通し、パラメータグループの差分を事前に確認する。",
                "アップグレード前のスナップショットから復元し、DNSを切り替える。"),
                PreMortemStatus.SUBMITTED, days(2), null);
        ImprovementTask review = task("ふりかえり: 決済タイムアウト障害の再発防止", TaskCategory.INCIDENT_FOLLOW_UP,
                TaskRisk.LOW, TaskStatus.IN_REVIEW, tanaka, mentor, 14, "タイムアウト値と再試行の設定を見直す。");
        tasks.comment(review, tanaka.getPerson(), days(1), "再試行の上限を3回にするPRを出しました。レビューをお願いします。");
        task("所属チームのアラートをSREの監視基盤に移す", TaskCategory.HOME_TEAM_PROJECT, TaskRisk.MEDIUM, TaskStatus.BACKLOG,
                tanaka, mentor, 10, "留学後も決済チームで運用できる形にする。");
        ImprovementTask nodes = task("Kubernetesのリソース要求値を見直す", TaskCategory.COST, TaskRisk.HIGH,
                TaskStatus.IN_PROGRESS, yamamoto, ito, 30, "過大な要求値を実測に合わせ、ノード数を減らす。");
        tasks.preMortem(nodes, yamamoto.getPerson(), new PreMortemDraft(
                "要求値を下げすぎてピーク時にPodが追い出され、検索が遅くなる。",
                "実測の期間が短く、月末のピークを含んでいない。",
                "1か月分のメトリクスで決める。サービスごとに段階的に変える。",
                "変更前のマニフェストをArgo CDで同期し直す。"),
                PreMortemStatus.APPROVED, days(28), ito);
        task("モバイルAPIのレイテンシ監視を追加する", TaskCategory.MONITORING, TaskRisk.LOW, TaskStatus.READY, nakamura,
                watanabe, 12, "p95レイテンシのアラートを追加する。");
        task("CIの不安定なテストを調べる", TaskCategory.WORKFLOW, TaskRisk.MEDIUM, TaskStatus.DROPPED, nakamura, watanabe,
                25, "他チームの改善計画に含まれたため取り下げ。");
        task("オンコール手順書を整える", TaskCategory.DOCUMENTATION, TaskRisk.LOW, TaskStatus.BACKLOG, suzuki, ito, 5,
                "一次切り分けの手順を手順書にまとめる。");
    }

    void brokenWindows(Person owner, Person mentor) {
        brokenWindow("使われていないS3バケットを棚卸しする", TaskCategory.RESOURCE_CLEANUP, owner, 60);
        brokenWindow("古いcronジョブを整理する", TaskCategory.TOIL_AUTOMATION, mentor, 45);
        brokenWindow("READMEのリンク切れを直す", TaskCategory.DOCUMENTATION, mentor, 30);
        brokenWindow("SSH鍵のローテーション手順を自動化する", TaskCategory.SECURITY, owner, 8);
    }

    private ImprovementTask task(String title, TaskCategory category, TaskRisk risk, TaskStatus status,
                                 Enrollment assignee, Person reviewer, int daysAgo, String description) {
        TaskDraft draft = new TaskDraft();
        draft.setTitle(title);
        draft.setCategory(category);
        draft.setRisk(risk);
        draft.setPriority(risk == TaskRisk.HIGH ? TaskPriority.HIGH : TaskPriority.MEDIUM);
        draft.setDescription(description);
        return tasks.task(draft, status, assignee.getCohort(), assignee, reviewer, reviewer, days(daysAgo));
    }

    private void brokenWindow(String title, TaskCategory category, Person creator, int daysAgo) {
        TaskDraft draft = new TaskDraft();
        draft.setTitle(title);
        draft.setCategory(category);
        draft.setRisk(TaskRisk.LOW);
        draft.setPriority(TaskPriority.LOW);
        draft.setGoodFirstTask(true);
        tasks.task(draft, TaskStatus.BACKLOG, null, null, null, creator, days(daysAgo));
    }

    private void done(ImprovementTask task, String outcome, String costPerMonth, String toilHoursPerMonth) {
        TaskDraft draft = task.toDraft();
        draft.setOutcome(outcome);
        draft.setCostSavedPerMonth(costPerMonth == null ? null : new BigDecimal(costPerMonth));
        draft.setToilHoursSavedPerMonth(toilHoursPerMonth == null ? null : new BigDecimal(toilHoursPerMonth));
        task.apply(draft, task.getCohort(), task.getAssignee(), task.getReviewer());
    }

    private Instant days(int daysAgo) {
        return now.minus(Duration.ofDays(daysAgo));
    }
}
