package dev.ryugaku.web.demo;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.retrospective.BroughtBack;
import dev.ryugaku.core.retrospective.BroughtBackKind;
import dev.ryugaku.core.retrospective.EvaluationDraft;
import dev.ryugaku.core.retrospective.FollowUpDraft;
import dev.ryugaku.core.retrospective.OnCallReadiness;
import dev.ryugaku.core.retrospective.RetrospectiveDraft;
import dev.ryugaku.core.retrospective.RetrospectiveImport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The end of 第1期: all three graduates wrote their retrospective (one shares the comments about the
 * mentor), their mentors submitted final evaluations, and two of them answered the follow-up early
 * — the third is asked 90 days after the end. Three answers: enough for the feedback page's figures.
 */
final class DemoRetrospectives {

    private final RetrospectiveImport retrospectives;
    private final Instant now;
    private final ZoneId zone;

    DemoRetrospectives(RetrospectiveImport retrospectives, Instant now, ZoneId zone) {
        this.retrospectives = retrospectives;
        this.now = now;
        this.zone = zone;
    }

    /** 第1期's graduates: 小林 (mentor 高橋), 加藤 (mentor 伊藤), 吉田 (mentors 高橋 and 伊藤). */
    void firstCohort(Enrollment kobayashi, Enrollment kato, Enrollment yoshida, Person takahashi, Person ito) {
        retrospectives.submittedRetrospective(kobayashi, new RetrospectiveDraft(
                "Linuxのプロセスとネットワークの基礎を、実際の障害の切り分けを通じて学んだ。アラートは「誰が何をするか」まで決めて初めて意味があること。",
                "夜間のオンコールのシャドー。最初は何が起きているのか分からず、手が止まってしまった。",
                "毎週の1on1で詰まっていることを早めに相談できた。ランブックを書きながら学ぶやり方。",
                "最初の1か月はSREチームの用語や構成が分からず、質問のハードルが高かった。",
                "所属チームでアラートの棚卸しを毎月やる。ランブックのテンプレートを持ち帰って広める。",
                "最初の週に、システム構成と用語をまとめたオンボーディング資料があると助かります。",
                "高橋さんは忙しいときでも質問に丁寧に答えてくれて、安心して失敗できました。",
                true, 9), at(kobayashi, -5));
        retrospectives.submittedRetrospective(kato, new RetrospectiveDraft(
                "Terraformの差分の読み方と、インフラ変更のレビューで見るべき観点。",
                "本番環境の変更に自信が持てず、レビュー依頼を出すまでに時間がかかったこと。",
                "ペアでのレビュー。プレモーテムを書いてから作業する習慣。",
                "2週間に1回の1on1では間が空きすぎて、相談が溜まりがちだった。",
                "所属チームのインフラ変更もプレモーテムから始める。",
                "1on1は毎週のほうがよいと思います。障害対応の練習（ゲームデー）があると嬉しいです。",
                "伊藤さんのレビューは厳しくも的確で、とても勉強になりました。",
                false, 7), at(kato, -4));
        retrospectives.submittedRetrospective(yoshida, new RetrospectiveDraft(
                "クラウドのコストの見方と、不要なリソースを安全に消す手順。",
                "消してよいリソースかどうかの判断。持ち主の分からないリソースが多かった。",
                "コストのダッシュボードを毎週見る習慣。消す前に持ち主を探してタグを付けるやり方。",
                "タグ付けのルールがチームごとにばらばらで、調査に時間がかかった。",
                "検索チームのリソースにタグ付けのルールを入れる。月1回のコストレビューを始める。",
                "期の途中で成果を共有する場があると、ほかの留学生の学びも知れてよいと思います。",
                "メンターが二人いて相談しやすかったです。",
                false, 10), at(yoshida, -3));

        retrospectives.submittedEvaluation(kobayashi, takahashi, new EvaluationDraft(
                "半年で監視とアラート設計の基礎を身につけた。障害時の一次切り分けは手順があれば一人でできる。",
                "ランブックを書く丁寧さ。分からないことを早めに聞ける。",
                "夜間のオンコールはシャドーをもう少し重ねてから。所属チームのアラート棚卸しを主導してほしい。",
                OnCallReadiness.WITH_SUPPORT), at(kobayashi, -2));
        retrospectives.submittedEvaluation(kato, ito, new EvaluationDraft(
                "インフラ変更のレビューを任せられるレベルになった。プレモーテムの質が高い。",
                "リスクを先回りして考える力。変更手順の正確さ。",
                "所属チームでのレビュー文化づくり。障害対応ではレスポンダーとして経験を積む。",
                OnCallReadiness.READY), at(kato, -2));
        retrospectives.submittedEvaluation(yoshida, takahashi, new EvaluationDraft(
                "コスト最適化で月額の削減を実現した。調査を最後までやり切る粘り強さがある。",
                "データを集めて判断する力。関係者への確認を怠らない。",
                "障害対応の経験が少ないので、所属チームでもオンコールのシャドーから始めたい。",
                OnCallReadiness.WITH_SUPPORT), at(yoshida, -1));

        retrospectives.submittedFollowUp(kobayashi, new FollowUpDraft(List.of(
                new BroughtBack(BroughtBackKind.RUNBOOK, "学習プラットフォームの障害対応ランブック",
                        "https://wiki.example.com/learning/runbooks/incident"),
                new BroughtBack(BroughtBackKind.ALERT, "動画配信の遅延アラート（誤報を減らした版）", null)),
                "アラートが鳴ったときに、チームで誰が何をするかを決めるようになった。月1回のアラート棚卸しを始めた。"),
                answeredAfter(kobayashi, 12));
        retrospectives.submittedFollowUp(yoshida, new FollowUpDraft(List.of(
                new BroughtBack(BroughtBackKind.AUTOMATION, "タグのないリソースを週次で通知するスクリプト",
                        "https://git.example.com/search/infra-tools"),
                new BroughtBack(BroughtBackKind.SLO, "検索APIの可用性SLO", "https://wiki.example.com/search/slo")),
                "コストとSLOをチームの定例で見るようになった。インフラ変更のレビューに参加している。"),
                answeredAfter(yoshida, 6));
    }

    /** A day around the rotation's end, at 18:00 where the program is run. */
    private Instant at(Enrollment rotation, int daysFromEnd) {
        return rotation.effectiveEnd().plusDays(daysFromEnd).atTime(LocalTime.of(18, 0)).atZone(zone).toInstant();
    }

    /** Some days ago, but never before the rotation ended. */
    private Instant answeredAfter(Enrollment rotation, int daysAgo) {
        Instant ended = at(rotation, 1);
        Instant then = now.minus(Duration.ofDays(daysAgo));
        return then.isAfter(ended) ? then : ended;
    }
}
