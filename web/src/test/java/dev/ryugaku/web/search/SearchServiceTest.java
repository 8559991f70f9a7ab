package dev.ryugaku.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.search.CohortHit;
import dev.ryugaku.core.search.PersonHit;
import dev.ryugaku.core.search.RotationHit;
import dev.ryugaku.core.search.SearchKind;
import dev.ryugaku.core.search.SearchResults;
import dev.ryugaku.core.search.SearchService;
import dev.ryugaku.core.search.TaskHit;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.StatementCount;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search finds only what its viewer may open (the permission matrix), matches names as typed —
 * Japanese, %, _ — and costs one statement per kind whatever it finds.
 */
@RyugakuTest
class SearchServiceTest {

    @Autowired
    SearchService search;

    @Autowired
    SearchFixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    StatementCount statementCount;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private SearchResults as(String login, String text) {
        signIn.as(login);
        return search.overview(text);
    }

    private static List<String> people(SearchResults results) {
        return results.people().hits().stream().map(PersonHit::name).toList();
    }

    private static List<Long> rotations(SearchResults results) {
        return results.rotations().hits().stream().map(RotationHit::enrollmentId).toList();
    }

    private static List<Long> tasks(SearchResults results) {
        return results.tasks().hits().stream().map(TaskHit::taskId).toList();
    }

    private static List<String> cohorts(SearchResults results) {
        return results.cohorts().hits().stream().map(CohortHit::name).toList();
    }

    @Test
    void aParticipantFindsTheirOwnRotationAndTasksButNeverAnotherParticipants() {
        SearchFixtures.World world = fixtures.world();
        SearchFixtures.Side mine = world.mentored();
        SearchFixtures.Side theirs = world.other();

        SearchResults found = as(mine.rotation().login(), world.word());

        assertThat(people(found)).containsExactly(mine.name());
        assertThat(found.people().hits().getFirst().rotationId()).isEqualTo(mine.rotation().enrollmentId());
        assertThat(rotations(found)).containsExactly(mine.rotation().enrollmentId());
        assertThat(tasks(found)).containsExactly(mine.taskId());
        assertThat(cohorts(as(mine.rotation().login(), mine.cohortName()))).containsExactly(mine.cohortName());
        assertThat(as(mine.rotation().login(), theirs.cohortName()).isEmpty()).isTrue();
        assertThat(as(mine.rotation().login(), theirs.taskTitle()).isEmpty()).isTrue();
    }

    @Test
    void aMentorFindsOnlyTheirMentees() {
        SearchFixtures.World world = fixtures.world();

        SearchResults newMentor = as(world.mentorLogin(), world.word());
        assertThat(people(newMentor)).containsExactly(world.mentored().name());
        assertThat(rotations(newMentor)).containsExactly(world.mentored().rotation().enrollmentId());
        assertThat(tasks(newMentor)).containsExactly(world.mentored().taskId());
        assertThat(cohorts(as(world.mentorLogin(), world.other().cohortName()))).isEmpty();

        SearchResults demoMentor = as(DemoPeople.MENTOR, world.word());
        assertThat(people(demoMentor)).containsExactly(world.other().name());
        assertThat(rotations(demoMentor)).containsExactly(world.other().rotation().enrollmentId());
        assertThat(tasks(demoMentor)).containsExactly(world.other().taskId());

        assertThat(as(DemoPeople.OTHER_MENTOR, world.word()).isEmpty()).as("a mentor of neither").isTrue();
    }

    @Test
    void anOwnerFindsEveryoneAndOpensTheirPages() {
        SearchFixtures.World world = fixtures.world();

        SearchResults found = as(DemoPeople.OWNER, world.word());

        // the new mentor is a person too
        assertThat(people(found)).contains(world.mentored().name(), world.other().name(), world.word() + " 先生");
        assertThat(found.people().hits()).allSatisfy(person -> assertThat(person.rotationId()).isNull());
        assertThat(rotations(found)).containsExactlyInAnyOrder(world.mentored().rotation().enrollmentId(),
                world.other().rotation().enrollmentId());
        assertThat(tasks(found)).containsExactlyInAnyOrder(world.mentored().taskId(), world.other().taskId());
        assertThat(cohorts(as(DemoPeople.OWNER, world.other().cohortName()))).containsExactly(world.other().cohortName());
    }

    @Test
    void percentAndUnderscoreMatchThemselvesAndLatinLettersEitherCase() {
        SearchFixtures.World world = fixtures.world();
        long literal = fixtures.task(world.word() + " 50%_off", world.mentored().rotation().enrollmentId());
        long latin = fixtures.task(world.word() + " Alert Cleanup", world.mentored().rotation().enrollmentId());

        assertThat(tasks(as(DemoPeople.OWNER, world.word() + " 50%_"))).containsExactly(literal);
        assertThat(tasks(as(DemoPeople.OWNER, world.word() + "%"))).isEmpty();
        assertThat(tasks(as(DemoPeople.OWNER, world.word() + "_"))).isEmpty();
        assertThat(as(DemoPeople.OWNER, "   ").isEmpty()).isTrue();
        // Latin letters in either case, by the columns' collation
        assertThat(tasks(as(DemoPeople.OWNER, world.word() + " alert CLEANUP"))).containsExactly(latin);
    }

    @Test
    void oneKindIsPagedAndSaysWhenMoreFollow() {
        SearchFixtures.World world = fixtures.world();
        IntStream.range(0, SearchService.PAGE_SIZE).forEach(i ->
                fixtures.task(world.word() + " 追加" + i, world.mentored().rotation().enrollmentId()));
        signIn.as(world.mentorLogin());

        SearchResults overview = search.overview(world.word());
        assertThat(overview.tasks().hits()).hasSize(SearchService.OVERVIEW_SIZE);
        assertThat(overview.tasks().more()).isTrue();
        SearchResults first = search.page(world.word(), SearchKind.TASK, 0);
        assertThat(first.tasks().hits()).hasSize(SearchService.PAGE_SIZE);
        assertThat(first.tasks().more()).isTrue();
        assertThat(first.people().isEmpty()).as("only the kind asked for").isTrue();
        SearchResults second = search.page(world.word(), SearchKind.TASK, 1);
        assertThat(second.tasks().hits()).hasSize(1);
        assertThat(second.tasks().more()).isFalse();
        assertThat(tasks(first)).doesNotContainAnyElementsOf(tasks(second));
    }

    @Test
    void aSearchCostsOneStatementPerKindWhateverItFinds() {
        SearchFixtures.World world = fixtures.world();
        signIn.as(DemoPeople.OWNER);
        long owner = statementCount.of(() -> search.overview(world.word()));
        long ownerNothing = statementCount.of(() -> search.overview("該当なし" + world.word()));
        signIn.as(world.mentored().rotation().login());
        long participant = statementCount.of(() -> search.overview(world.word()));
        signIn.as(world.mentorLogin());
        long mentor = statementCount.of(() -> search.overview(world.word()));
        long onePage = statementCount.of(() -> search.page(world.word(), SearchKind.PERSON, 0));

        // who is acting (one read), then one query per kind
        assertThat(owner).isEqualTo(ownerNothing).isEqualTo(participant).isEqualTo(mentor)
                .isLessThanOrEqualTo(1 + SearchKind.values().length);
        assertThat(onePage).isLessThanOrEqualTo(2);
    }
}
