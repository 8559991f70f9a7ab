package dev.ryugaku.web.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.skill.DeclaredSkillAreas;
import dev.ryugaku.core.skill.MentorMatch;
import dev.ryugaku.core.skill.MentorMatching;
import dev.ryugaku.core.skill.SkillAreaDraft;
import dev.ryugaku.core.skill.SkillCatalogService;
import dev.ryugaku.core.skill.SkillRef;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.FreshPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.StatementCount;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Suggested mentors against the database: a mentor's declared areas and the areas their own
 * assessments rated at level 3 or above count as their strongest; the load counts their mentees
 * whose rotations overlap the period. Each test makes its own mentors and places their loads in
 * periods far ahead, where no other test's rotations are.
 */
@RyugakuTest
class MentorMatchingTest {

    private static final LocalDate FROM = LocalDate.of(2091, 4, 1);
    private static final LocalDate TO = LocalDate.of(2091, 9, 30);

    @Autowired
    MentorMatching matching;

    @Autowired
    DeclaredSkillAreas declared;

    @Autowired
    SkillCatalogService catalog;

    @Autowired
    FreshPeople people;

    @Autowired
    FreshRotations rotations;

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    StatementCount statements;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private List<SkillRef> areas() {
        signIn.as(DemoPeople.OWNER);
        return catalog.active();
    }

    /** A new mentor who declares the areas under 設定. */
    private FreshPeople.Fresh declaringMentor(String name, long... areaIds) {
        FreshPeople.Fresh mentor = people.create(name, Locale.JAPANESE, Person.DEFAULT_ZONE, Role.MENTOR);
        signIn.as(mentor.email());
        declared.declare(Arrays.stream(areaIds).boxed().toList());
        return mentor;
    }

    /**
     * A new mentor who took part in a rotation themselves, where a mentor rated them: {@code strong}
     * at level 4 and {@code middling} at level 2, both submitted.
     */
    private FreshPeople.Fresh assessedMentor(String name, long strong, long middling) {
        FreshPeople.Fresh mentor = people.create(name, Locale.JAPANESE, Person.DEFAULT_ZONE, Role.MENTOR, Role.PARTICIPANT);
        signIn.as(DemoPeople.OWNER);
        long ownRotation = rotations.enroll(mentor.personId(),
                rotations.cohort(LocalDate.of(2089, 4, 1), LocalDate.of(2089, 9, 30)));
        long author = fixtures.personId(DemoPeople.MENTOR);
        jdbc.update("""
                insert into skill_assessment (enrollment_id, phase, side, status, author_id, updated_at, submitted_at)
                values (?, 'END', 'MENTOR', 'SUBMITTED', ?, now(6), now(6))
                """, ownRotation, author);
        long assessment = jdbc.queryForObject("select id from skill_assessment where enrollment_id = ?", Long.class,
                ownRotation);
        jdbc.update("insert into skill_rating (assessment_id, skill_area_id, skill_level) values (?, ?, 4), (?, ?, 2)",
                assessment, strong, assessment, middling);
        return mentor;
    }

    /** A new participant mentored by the mentor over the dates. */
    private void mentee(long mentorId, LocalDate start, LocalDate end) {
        FreshPeople.Fresh participant = people.create("担当 花子", Locale.JAPANESE, Person.DEFAULT_ZONE, Role.PARTICIPANT);
        signIn.as(DemoPeople.OWNER);
        rotations.enroll(participant.personId(), rotations.cohort(start, end), mentorId);
    }

    private static MentorMatch of(List<MentorMatch> ranked, long mentorId) {
        return ranked.stream().filter(match -> match.mentorId() == mentorId).findFirst().orElseThrow();
    }

    private static int rankOf(List<MentorMatch> ranked, long mentorId) {
        return ranked.indexOf(of(ranked, mentorId));
    }

    @Test
    void declaredAndAssessedAreasCountAndTheLessLoadedMentorComesFirstOnATie() {
        List<SkillRef> areas = areas();
        SkillRef linux = areas.get(0);
        SkillRef dns = areas.get(1);
        SkillRef databases = areas.get(2);
        FreshPeople.Fresh declaring = declaringMentor("宣言 一郎", linux.id(), dns.id());
        FreshPeople.Fresh assessed = assessedMentor("評価 次郎", databases.id(), dns.id());
        mentee(declaring.personId(), LocalDate.of(2091, 1, 10), LocalDate.of(2091, 4, 1));
        mentee(declaring.personId(), LocalDate.of(2093, 4, 1), LocalDate.of(2093, 9, 30));

        signIn.as(DemoPeople.OWNER);
        List<MentorMatch> forLinuxAndDatabases = matching.suggest(List.of(linux.id(), databases.id()), FROM, TO);

        MentorMatch byDeclaration = of(forLinuxAndDatabases, declaring.personId());
        MentorMatch byAssessment = of(forLinuxAndDatabases, assessed.personId());
        assertThat(byDeclaration.sharedAreas()).containsExactly(linux);
        assertThat(byDeclaration.activeMentees()).as("the rotation ending on the first day overlaps; 2093's does not")
                .isEqualTo(1);
        assertThat(byAssessment.sharedAreas()).containsExactly(databases);
        assertThat(byAssessment.activeMentees()).isZero();
        assertThat(byAssessment.name()).isEqualTo("評価 次郎");
        assertThat(rankOf(forLinuxAndDatabases, assessed.personId()))
                .as("the same overlap: fewer mentees first").isLessThan(rankOf(forLinuxAndDatabases, declaring.personId()));

        List<MentorMatch> forDns = matching.suggest(List.of(dns.id()), FROM, TO);
        assertThat(of(forDns, declaring.personId()).overlap()).isEqualTo(1);
        assertThat(of(forDns, assessed.personId()).overlap()).as("level 2 is not among the strongest").isZero();
        assertThat(rankOf(forDns, declaring.personId())).isLessThan(rankOf(forDns, assessed.personId()));
        assertThat(of(forDns, declaring.personId()).sharedAreaNames(Locale.ENGLISH)).containsExactly(dns.nameEn());

        assertThat(matching.suggest(List.of(linux.id()), LocalDate.of(2093, 5, 1), LocalDate.of(2093, 5, 31)))
                .filteredOn(match -> match.mentorId() == declaring.personId())
                .extracting(MentorMatch::activeMentees).containsExactly(1);
    }

    @Test
    void theDemoMentorsDeclaredTheirStrongestAreas() {
        SkillRef observability = areas().get(6);
        signIn.as(DemoPeople.OWNER);
        List<MentorMatch> ranked = matching.suggest(List.of(observability.id()), FROM, TO);

        assertThat(of(ranked, fixtures.personId(DemoPeople.MENTOR)).sharedAreaNames(Locale.JAPANESE))
                .containsExactly(observability.nameJa());
        assertThat(of(ranked, fixtures.personId(DemoPeople.OTHER_MENTOR)).overlap()).isEqualTo(1);
        assertThat(of(ranked, fixtures.personId(DemoPeople.OWNER_AND_MENTOR)).overlap()).isZero();
    }

    @Test
    void aMentorReplacesTheirDeclaredAreasAndOnlyActiveAreasOfTheCatalogueAreAccepted() {
        List<SkillRef> areas = areas();
        FreshPeople.Fresh mentor = declaringMentor("宣言 三郎", areas.get(3).id(), areas.get(4).id());
        assertThat(declared.mine()).containsExactly(areas.get(3).id(), areas.get(4).id());

        declared.declare(List.of(areas.get(4).id(), areas.get(5).id()));
        assertThat(declared.mine()).containsExactly(areas.get(4).id(), areas.get(5).id());

        assertThatThrownBy(() -> declared.declare(List.of(areas.get(4).id(), Long.MAX_VALUE)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(declared.mine()).containsExactly(areas.get(4).id(), areas.get(5).id());

        declared.declare(List.of());
        assertThat(declared.mine()).isEmpty();
        signIn.as(DemoPeople.OWNER);
        assertThat(of(matching.suggest(List.of(areas.get(4).id()), FROM, TO), mentor.personId()).overlap()).isZero();
    }

    @Test
    void anUnratedAreaAMentorDeclaredCanStillBeDeleted() {
        long linux = areas().getFirst().id();
        SkillAreaDraft draft = new SkillAreaDraft();
        draft.setNameJa("コスト最適化 " + System.nanoTime());
        draft.setNameEn("Cost optimisation " + System.nanoTime());
        draft.setDescriptionJa("クラウド費用の把握と削減。");
        draft.setDescriptionEn("Knowing and cutting cloud costs.");
        long cost = catalog.create(draft);
        FreshPeople.Fresh mentor = declaringMentor("宣言 四郎", cost, linux);

        signIn.as(DemoPeople.OWNER);
        catalog.delete(cost, catalog.openForEdit(cost).version());

        signIn.as(mentor.email());
        assertThat(declared.mine()).containsExactly(linux);
    }

    @Test
    void onlyProgramOwnersAskForSuggestionsAndOnlyMentorsDeclareAreas() {
        for (String login : List.of(DemoPeople.PARTICIPANT, DemoPeople.MENTOR, DemoPeople.GRADUATE)) {
            signIn.as(login);
            assertThatThrownBy(() -> matching.suggest(List.of(1L), FROM, TO)).as(login)
                    .isInstanceOf(NotPermittedException.class);
        }
        for (String login : List.of(DemoPeople.PARTICIPANT, DemoPeople.OWNER)) {
            signIn.as(login);
            assertThatThrownBy(() -> declared.declare(List.of())).as(login).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(declared::mine).as(login).isInstanceOf(NotPermittedException.class);
        }
        signIn.as(DemoPeople.OWNER);
        assertThat(matching.suggest(Set.of(), FROM, TO)).isNotEmpty();
        assertThatThrownBy(() -> matching.suggest(Set.of(), TO, FROM)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void suggestionsCostTheSameFewStatementsWhateverTheNumberOfMentors() {
        List<SkillRef> areas = areas();
        List<Long> wanted = List.of(areas.get(6).id(), areas.get(7).id());
        signIn.as(DemoPeople.OWNER);
        long before = statements.of(() -> matching.suggest(wanted, FROM, TO));
        int mentorsBefore = matching.suggest(wanted, FROM, TO).size();

        for (int i = 0; i < 3; i++) {
            FreshPeople.Fresh declaring = declaringMentor("宣言 " + i, areas.get(6).id());
            mentee(declaring.personId(), FROM, TO);
            assessedMentor("評価 " + i, areas.get(7).id(), areas.get(6).id());
        }

        signIn.as(DemoPeople.OWNER);
        assertThat(matching.suggest(wanted, FROM, TO)).hasSize(mentorsBefore + 6);
        assertThat(statements.of(() -> matching.suggest(wanted, FROM, TO))).isEqualTo(before)
                .as("the signed-in person, the loads, the declared areas, the assessed areas, the catalogue")
                .isLessThanOrEqualTo(5);
    }
}
