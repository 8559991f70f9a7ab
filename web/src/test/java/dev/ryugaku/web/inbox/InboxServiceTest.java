package dev.ryugaku.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ryugaku.core.inbox.Inbox;
import dev.ryugaku.core.inbox.InboxItem;
import dev.ryugaku.core.inbox.InboxKind;
import dev.ryugaku.core.inbox.InboxService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.StatementCount;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each kind of inbox item reaches the right person only; opening one marks it read for its reader only. */
@RyugakuTest
class InboxServiceTest {

    @Autowired
    InboxService inbox;

    @Autowired
    InboxFixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    StatementCount statementCount;

    /** The bell counts on every navigation: a small fixed budget, like the homes' (decision 0017 allows 8 per part). */
    static final int MAX_STATEMENTS = 16;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Inbox of(String login) {
        signIn.as(login);
        return inbox.mine();
    }

    private static List<InboxItem> about(Inbox inbox, InboxKind kind, long subjectId) {
        return inbox.items().stream().filter(i -> i.kind() == kind && i.subjectId() == subjectId).toList();
    }

    @Test
    void theMentorIsAskedForTheirCheckInsReviewsAndEvaluation() {
        InboxFixtures.World world = fixtures.world();
        long rotation = world.rotation().enrollmentId();

        Inbox mentor = of(world.mentorLogin());

        assertThat(about(mentor, InboxKind.CHECK_IN_SOON, world.soonCheckInId())).hasSize(1);
        assertThat(about(mentor, InboxKind.CHECK_IN_UNRECORDED, world.pastCheckInId())).hasSize(1);
        assertThat(about(mentor, InboxKind.CHECK_IN_SOON, world.pastCheckInId())).isEmpty();
        assertThat(about(mentor, InboxKind.TASK_REVIEW, world.taskId())).singleElement()
                .satisfies(item -> assertThat(item.about()).isEqualTo("受信テストの課題"));
        assertThat(about(mentor, InboxKind.PRE_MORTEM_REVIEW, world.preMortemTaskId())).hasSize(1);
        assertThat(about(mentor, InboxKind.EVALUATION_TO_WRITE, rotation)).hasSize(1);
        assertThat(about(mentor, InboxKind.EVALUATION_TO_WRITE, world.graduate().enrollmentId())).hasSize(1);
        assertThat(mentor.items()).noneMatch(item -> item.kind() == InboxKind.ACTION_ITEM_DUE
                || item.kind() == InboxKind.RETROSPECTIVE_TO_WRITE || item.kind() == InboxKind.FOLLOW_UP_DUE);
        assertThat(mentor.unread()).isEqualTo(mentor.items().size());
    }

    @Test
    void theParticipantIsAskedForTheirOwnActionItemsDueSoonAndTheirRetrospective() {
        InboxFixtures.World world = fixtures.world();

        Inbox participant = of(world.rotation().login());

        assertThat(participant.items()).filteredOn(item -> item.kind() == InboxKind.ACTION_ITEM_DUE)
                .extracting(InboxItem::about).containsExactly("SLO案を共有する");
        assertThat(about(participant, InboxKind.ACTION_ITEM_DUE, world.pastCheckInId())).hasSize(1);
        assertThat(about(participant, InboxKind.RETROSPECTIVE_TO_WRITE, world.rotation().enrollmentId())).hasSize(1);
        assertThat(participant.items()).noneMatch(item -> item.kind() == InboxKind.CHECK_IN_SOON
                || item.kind() == InboxKind.CHECK_IN_UNRECORDED || item.kind() == InboxKind.TASK_REVIEW
                || item.kind() == InboxKind.PRE_MORTEM_REVIEW || item.kind() == InboxKind.EVALUATION_TO_WRITE);

        // a graduate may still hand in the retrospective (its window stays open), and the follow-up is due
        Inbox graduate = of(world.graduate().login());
        assertThat(graduate.items()).extracting(InboxItem::kind, InboxItem::subjectId).containsExactlyInAnyOrder(
                tuple(InboxKind.RETROSPECTIVE_TO_WRITE, world.graduate().enrollmentId()),
                tuple(InboxKind.FOLLOW_UP_DUE, world.graduate().enrollmentId()));
    }

    @Test
    void nobodyElseSeesThem() {
        InboxFixtures.World world = fixtures.world();
        List<String> keys = Stream.of(world.mentorLogin(), world.rotation().login(), world.graduate().login())
                .flatMap(login -> of(login).items().stream()).map(InboxItem::key).toList();
        assertThat(keys).hasSize(10);

        for (String login : List.of(DemoPeople.MENTOR, DemoPeople.PARTICIPANT, DemoPeople.OWNER, DemoPeople.OWNER_AND_MENTOR)) {
            assertThat(of(login).items()).as(login).extracting(InboxItem::key).doesNotContainAnyElementsOf(keys);
        }
    }

    @Test
    void anOpenedItemIsReadForItsReaderOnlyAndTheCountGoesDown() {
        InboxFixtures.World world = fixtures.world();
        Inbox before = of(world.mentorLogin());
        InboxItem review = about(before, InboxKind.TASK_REVIEW, world.taskId()).getFirst();

        inbox.markRead(review.key());
        inbox.markRead(review.key());

        Inbox after = inbox.mine();
        assertThat(about(after, InboxKind.TASK_REVIEW, world.taskId())).singleElement()
                .satisfies(item -> assertThat(item.read()).isTrue());
        assertThat(after.unread()).isEqualTo(before.unread() - 1);
        assertThat(after.items()).hasSameSizeAs(before.items());
        Inbox participant = of(world.rotation().login());
        assertThat(participant.unread()).isEqualTo(participant.items().size());
    }

    @Test
    void theBellsCountCostsTheSameStatementsWhateverTheInboxHolds() {
        InboxFixtures.World world = fixtures.world();
        signIn.as(world.mentorLogin());
        long before = statementCount.of(() -> inbox.mine());
        int items = inbox.mine().items().size();

        fixtures.moreToReview(world);

        signIn.as(world.mentorLogin());
        assertThat(inbox.mine().items()).hasSizeGreaterThan(items);
        assertThat(statementCount.of(() -> inbox.mine())).isEqualTo(before).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void anItemLeavesTheInboxWhenItsFactNoLongerHolds() {
        InboxFixtures.World world = fixtures.world();
        signIn.as(world.mentorLogin());
        assertThat(about(inbox.mine(), InboxKind.TASK_REVIEW, world.taskId())).hasSize(1);

        fixtures.accept(world.taskId(), world.mentorLogin());

        signIn.as(world.mentorLogin());
        assertThat(about(inbox.mine(), InboxKind.TASK_REVIEW, world.taskId())).isEmpty();
    }
}
