package dev.ryugaku.web.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.checkin.ActionItemOwner;
import dev.ryugaku.core.checkin.ActionItemService;
import dev.ryugaku.core.checkin.AttentionEntry;
import dev.ryugaku.core.checkin.AttentionQueue;
import dev.ryugaku.core.checkin.AttentionReason;
import dev.ryugaku.core.checkin.CheckInRow;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.StatementCount;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The attention queue names mentees who need attention, with reasons, at a constant cost in queries. */
@RyugakuTest
class AttentionQueueTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    AttentionQueue attention;

    @Autowired
    CheckInService checkIns;

    @Autowired
    ActionItemService actionItems;

    @Autowired
    FreshRotations rotations;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HeldCheckIns heldCheckIns;

    @Autowired
    StatementCount statementCount;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static List<AttentionReason> reasonsOf(List<AttentionEntry> queue, long enrollmentId) {
        return queue.stream().filter(e -> e.enrollmentId() == enrollmentId).findFirst()
                .map(AttentionEntry::reasons).orElse(List.of());
    }

    /** Two talks held in the past with the given well-being; the mentor is signed in afterwards. */
    private FreshRotations.Fresh rotationWithWellBeing(int earlier, int later) {
        FreshRotations.Fresh fresh = heldCheckIns.rotationWithWellBeing(earlier, later);
        signIn.as(DemoPeople.MENTOR);
        return fresh;
    }

    private void moveTo(long checkInId, Instant time) {
        jdbc.update("update check_in set scheduled_at = ? where id = ?", Timestamp.from(time), checkInId);
    }

    @Test
    void aMenteeWhoseWellBeingFellByTwoAppearsOnTheMentorsQueue() {
        FreshRotations.Fresh falling = rotationWithWellBeing(4, 2);
        FreshRotations.Fresh steady = rotationWithWellBeing(4, 4);
        signIn.as(DemoPeople.MENTOR);

        List<AttentionEntry> queue = attention.forMyMentees();

        assertThat(reasonsOf(queue, falling.enrollmentId())).containsExactly(AttentionReason.WELLBEING_FALLING);
        assertThat(reasonsOf(queue, steady.enrollmentId())).isEmpty();
    }

    @Test
    void wellBeingOfTwoTwiceInARowIsNamed() {
        FreshRotations.Fresh low = rotationWithWellBeing(2, 2);
        signIn.as(DemoPeople.OWNER);

        assertThat(reasonsOf(attention.forProgram(), low.enrollmentId())).containsExactly(AttentionReason.WELLBEING_LOW_TWICE);
    }

    @Test
    void anUnrecordedCheckInAndAnOverdueActionItemAreNamed() {
        FreshRotations.Fresh rotation = rotationWithWellBeing(4, 4);
        signIn.as(DemoPeople.MENTOR);
        List<CheckInRow> planned = checkIns.checkIns(rotation.enrollmentId());
        actionItems.addActionItem(planned.get(0).id(), "手順書を直す", ActionItemOwner.PARTICIPANT,
                LocalDate.now(TOKYO).minusDays(13));
        moveTo(planned.get(2).id(), Instant.now().minus(Duration.ofHours(5)));

        assertThat(reasonsOf(attention.forMyMentees(), rotation.enrollmentId()))
                .containsExactly(AttentionReason.CHECKIN_OVERDUE, AttentionReason.ACTION_ITEMS_OVERDUE);
    }

    @Test
    void theDemoProgramHasSomeoneInTheQueue() {
        signIn.as(DemoPeople.OWNER);

        assertThat(attention.forProgram()).extracting(AttentionEntry::participantName).contains("中村 大輝");
    }

    @Test
    void anotherMentorsMenteesAreNotOnMyQueueAndParticipantsHaveNone() {
        FreshRotations.Fresh low = rotationWithWellBeing(2, 2);
        signIn.as(DemoPeople.OTHER_MENTOR);
        assertThat(reasonsOf(attention.forMyMentees(), low.enrollmentId())).isEmpty();

        signIn.as(low.login());
        assertThatThrownBy(attention::forMyMentees).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(attention::forProgram).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theQueueCostsTheSameFewStatementsForOneMentorOrTheWholeProgram() {
        rotationWithWellBeing(2, 2);
        signIn.as(DemoPeople.MENTOR);
        long forMentor = statements(attention::forMyMentees);
        signIn.as(DemoPeople.OWNER);
        long forProgram = statements(attention::forProgram);

        assertThat(forProgram).isEqualTo(forMentor).isLessThanOrEqualTo(8);
    }

    private long statements(Supplier<List<AttentionEntry>> load) {
        assertThat(load.get()).isNotEmpty();
        return statementCount.of(load);
    }
}
