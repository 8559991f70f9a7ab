package dev.ryugaku.web.demo;

import dev.ryugaku.core.checkin.ActionItemOwner;
import dev.ryugaku.core.checkin.CheckIn;
import dev.ryugaku.core.checkin.CheckInImport;
import dev.ryugaku.core.checkin.CheckInRecord;
import dev.ryugaku.core.checkin.CheckInSchedule;
import dev.ryugaku.core.enrollment.Enrollment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Check-in history of the demo rotations: past talks held with ratings, summaries and action items;
 * a cancelled one; one missed; and one participant whose well-being falls, so the attention queue
 * has something to show. A past check-in still inside its recording window is left unrecorded.
 */
final class DemoCheckIns {

    private static final List<String> SUMMARIES = List.of(
            "今週はアラートの棚卸しを進めた。ノイズの多いアラートを3件特定できた。",
            "オンコールのシャドーで一次切り分けの流れを体験した。ランブックの不足箇所をメモしている。",
            "Terraformのレビューに参加。差分の読み方に慣れてきた。",
            "SLOのたたき台を作成。エラーバジェットの考え方を一緒に整理した。",
            "トイル削減タスクの見積もりを見直した。自動化の範囲を絞る方針に。");
    private static final List<String> ACTIONS = List.of(
            "ノイズの多いアラートの閾値案を書く", "ランブックに切り分け手順を追記する", "SLOドラフトをチームに共有する",
            "ポストモーテムの下書きを書く", "自動化スクリプトのレビューを依頼する");

    private final CheckInImport checkIns;
    private final Instant now;
    private final ZoneId zone;

    DemoCheckIns(CheckInImport checkIns, Instant now, ZoneId zone) {
        this.checkIns = checkIns;
        this.now = now;
        this.zone = zone;
    }

    /** Past check-ins held; the most recent ones keep their action items open. */
    void history(Enrollment rotation, int seed, WellBeing wellBeing) {
        List<CheckIn> planned = checkIns.planWholePeriod(rotation);
        List<CheckIn> past = planned.stream().filter(c -> c.getScheduledAt().isBefore(now)).toList();
        for (int i = 0; i < past.size(); i++) {
            CheckIn checkIn = past.get(i);
            int fromEnd = past.size() - 1 - i;
            if (!CheckInSchedule.isMissed(checkIn.getScheduledAt(), checkIn.getStatus(), now)) {
                continue; // still inside the recording window: the mentor has yet to record it
            }
            if (wellBeing == WellBeing.HAS_MISSED_ONE && fromEnd <= 1 && isLastRecordable(past, i)) {
                checkIns.missed(checkIn);
                continue;
            }
            if (i == 3 && seed % 2 == 1) {
                checkIns.cancelled(checkIn, "夏季休暇のため次回にまとめます。");
                continue;
            }
            int feeling = wellBeing.at(fromEnd, seed + i);
            String text = SUMMARIES.get((seed + i) % SUMMARIES.size());
            checkIns.held(checkIn, checkIn.getScheduledAt().plus(Duration.ofMinutes(40)), new CheckInRecord(
                    Math.min(5, 2 + (i + seed) % 4), feeling, Math.min(5, 2 + i / 3), text,
                    feeling <= 2 ? "疲れが見える。業務量を調整し、障害対応のローテーションから一時的に外すことを検討。" : null,
                    feeling <= 2 ? "夜間のアラート対応が続いて睡眠不足。" : null));
            boolean recent = fromEnd <= 1;
            LocalDate day = checkIn.getScheduledAt().atZone(zone).toLocalDate();
            LocalDate today = now.atZone(zone).toLocalDate();
            checkIns.actionItem(checkIn, ACTIONS.get((seed + i) % ACTIONS.size()), ActionItemOwner.PARTICIPANT,
                    recent ? today.plusDays(1) : day.plusDays(7), recent ? null : checkIn.getScheduledAt().plus(Duration.ofDays(5)));
            if (recent && wellBeing == WellBeing.OVERDUE_ITEM) {
                checkIns.actionItem(checkIn, "障害対応の振り返りメモを書く", ActionItemOwner.PARTICIPANT, today.minusDays(2), null);
            }
            if (i % 3 == 0) {
                checkIns.actionItem(checkIn, "次の障害対応でシャドーの枠を用意する", ActionItemOwner.MENTOR, day.plusDays(10),
                        recent ? null : checkIn.getScheduledAt().plus(Duration.ofDays(8)));
            }
        }
        planned.stream().filter(c -> c.getScheduledAt().isAfter(now)).findFirst()
                .filter(next -> seed == 0)
                .ifPresent(next -> checkIns.participantNote(next, "SLOのアラート設計について相談したいです。"));
    }

    /** The last past check-in that is already out of its recording window. */
    private boolean isLastRecordable(List<CheckIn> past, int index) {
        for (int later = index + 1; later < past.size(); later++) {
            if (CheckInSchedule.isMissed(past.get(later).getScheduledAt(), past.get(later).getStatus(), now)) {
                return false;
            }
        }
        return true;
    }

    /** How a participant feels over the rotation. */
    enum WellBeing {
        STEADY,
        HAS_MISSED_ONE,
        OVERDUE_ITEM,
        FALLING;

        int at(int checkInsFromEnd, int variation) {
            if (this == FALLING) {
                return checkInsFromEnd <= 1 ? 2 : checkInsFromEnd == 2 ? 3 : 4;
            }
            return 3 + variation % 2;
        }
    }
}
