package dev.ryugaku.web.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.shared.ConcurrentEditException;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Violation;
import dev.ryugaku.core.skill.AssessmentPhase;
import dev.ryugaku.core.skill.AssessmentProblem;
import dev.ryugaku.core.skill.AssessmentSide;
import dev.ryugaku.core.skill.CohortGrowth;
import dev.ryugaku.core.skill.ParticipantGrowth;
import dev.ryugaku.core.skill.RatingInput;
import dev.ryugaku.core.skill.SkillAreaDraft;
import dev.ryugaku.core.skill.SkillAreaProblem;
import dev.ryugaku.core.skill.SkillAreaRow;
import dev.ryugaku.core.skill.SkillAssessmentService;
import dev.ryugaku.core.skill.SkillCatalogService;
import dev.ryugaku.core.skill.SkillGrowthService;
import dev.ryugaku.core.skill.SkillRef;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.StatementCount;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The catalogue, the assessment rules that need the database, and growth from the demo program's ratings. */
@RyugakuTest
class SkillServicesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    SkillCatalogService catalog;

    @Autowired
    SkillAssessmentService assessments;

    @Autowired
    SkillGrowthService growth;

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    FreshRotations rotations;

    @Autowired
    SkillFixtures ratings;

    @Autowired
    SignIn signIn;

    @Autowired
    StatementCount statements;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static SkillAreaDraft area(String nameJa, String nameEn) {
        SkillAreaDraft draft = new SkillAreaDraft();
        draft.setNameJa(nameJa);
        draft.setNameEn(nameEn);
        draft.setDescriptionJa("クラウド費用の把握と削減。");
        draft.setDescriptionEn("Knowing and cutting cloud costs.");
        return draft;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void theCatalogueStartsWithTheTenSeededAreasInBothLanguages() {
        signIn.as(DemoPeople.PARTICIPANT);
        List<SkillRef> active = catalog.active();
        assertThat(active).hasSizeGreaterThanOrEqualTo(10);
        assertThat(active.subList(0, 10)).extracting(s -> s.name(Locale.JAPANESE)).containsExactly("OS・Linux",
                "ネットワーク・DNS", "データベース", "分散システム", "クラウド・IaC", "コンテナ・Kubernetes",
                "オブザーバビリティ・監視", "障害対応", "セキュリティ", "パフォーマンス・キャパシティ");
        assertThat(active.getFirst().name(Locale.ENGLISH)).isEqualTo("OS / Linux");
        assertThat(active.get(9).description(Locale.ENGLISH)).contains("capacity planning");
        assertThatThrownBy(() -> catalog.list(PageRequest.of(0, 10))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anOwnerAddsRenamesAndReordersAnAreaAndDeletesItWhileUnrated() {
        signIn.as(DemoPeople.OWNER);
        String suffix = unique();
        long id = catalog.create(area("コスト最適化 " + suffix, "Cost optimisation " + suffix));
        long count = catalog.count();
        SkillAreaRow last = catalog.list(PageRequest.of(0, 200)).getLast();
        assertThat(last.id()).isEqualTo(id);
        assertThat(last.ratings()).isZero();

        catalog.move(id, catalog.openForEdit(id).version(), -1);
        List<SkillAreaRow> rows = catalog.list(PageRequest.of(0, 200));
        assertThat(rows.get(rows.size() - 2).id()).isEqualTo(id);

        var edit = catalog.openForEdit(id);
        SkillAreaDraft renamed = area("FinOps " + suffix, "FinOps " + suffix);
        renamed.setActive(false);
        catalog.update(id, edit.version(), renamed);
        assertThatThrownBy(() -> catalog.update(id, edit.version(), renamed)).isInstanceOf(ConcurrentEditException.class);
        assertThat(catalog.active()).extracting(SkillRef::id).doesNotContain(id);

        catalog.delete(id, catalog.openForEdit(id).version());
        assertThat(catalog.count()).isEqualTo(count - 1);
    }

    @Test
    void aRatedAreaCannotBeDeletedAndNamesAreUniquePerLanguage() {
        signIn.as(DemoPeople.OWNER);
        SkillAreaRow linux = catalog.list(PageRequest.of(0, 1)).getFirst();
        assertThat(linux.ratings()).isPositive();
        assertThatThrownBy(() -> catalog.delete(linux.id(), linux.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::reason).containsExactly(SkillAreaProblem.IN_USE));
        assertThatThrownBy(() -> catalog.create(area("ｏｓ・linux", "Security")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.reason()).containsExactly("nameJa:NAME_TAKEN", "nameEn:NAME_TAKEN"));
        signIn.as(DemoPeople.MENTOR);
        assertThatThrownBy(() -> catalog.create(area("新しい領域", "New area"))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aPhaseIsWrittenOnlyInItsWindowAndAStaleFormIsRefused() {
        LocalDate today = LocalDate.now(TOKYO);
        FreshRotations.Fresh fresh = rotations.active(today.minusDays(5), today.plusDays(150));
        long rotation = fresh.enrollmentId();
        signIn.as(fresh.login());
        assertThatThrownBy(() -> assessments.saveDraft(rotation, AssessmentPhase.MID, null, ratings.firstAt(1, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::reason).containsExactly(AssessmentProblem.PHASE_NOT_OPEN_YET));

        assessments.saveDraft(rotation, AssessmentPhase.START, null, ratings.firstAt(1, null));
        long seen = assessments.sheet(rotation).phase(AssessmentPhase.START).self().version();
        assessments.saveDraft(rotation, AssessmentPhase.START, seen, ratings.firstAt(2, "少し慣れた"));
        assertThatThrownBy(() -> assessments.saveDraft(rotation, AssessmentPhase.START, seen, ratings.firstAt(3, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> assessments.saveDraft(rotation, AssessmentPhase.START, null, ratings.firstAt(3, null)))
                .isInstanceOf(ConcurrentEditException.class);

        long current = assessments.sheet(rotation).phase(AssessmentPhase.START).self().version();
        List<RatingInput> missingOne = ratings.allAt(2).subList(1, ratings.allAt(2).size());
        assertThatThrownBy(() -> assessments.submit(rotation, AssessmentPhase.START, current, missingOne))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::reason).containsExactly(AssessmentProblem.LEVEL_REQUIRED));
        assertThat(assessments.sheet(rotation).phase(AssessmentPhase.START).self().ratings().values())
                .extracting(r -> r.comment()).containsExactly("少し慣れた");
    }

    @Test
    void theFirstCohortsGrowthComesFromAllThreeRotationsByTheirMentors() {
        signIn.as(DemoPeople.OWNER);
        CohortGrowth first = growth.cohortAverageGrowth(fixtures.cohortId("第1期"));
        assertThat(first.enrollments()).isEqualTo(3);
        assertThat(first.skills()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(first.skills()).allSatisfy(s -> {
            assertThat(s.enrollments()).isEqualTo(3);
            assertThat(s.fromSelf()).isZero();
            assertThat(s.averageGrowth()).isPositive();
        });
        assertThat(first.overallAverage()).isBetween(1.0, 3.0);
        // observability grows most: every demo rotation adds two levels there
        assertThat(first.skills().get(6).averageGrowth()).isEqualTo(2.0);
    }

    @Test
    void severalCohortsAreComparedInTheSameFewQueries() {
        long first = fixtures.cohortId("第1期");
        long second = fixtures.cohortId("第2期");
        long third = fixtures.cohortId("第3期");
        signIn.as(DemoPeople.OWNER);
        long forOne = statements.of(() -> growth.cohortAverageGrowth(List.of(first)));
        long forThree = statements.of(() -> growth.cohortAverageGrowth(List.of(first, second, third)));
        assertThat(forThree).isEqualTo(forOne).isLessThanOrEqualTo(3);

        Map<Long, CohortGrowth> all = growth.cohortAverageGrowth(List.of(third, second, first));
        assertThat(all.keySet()).containsExactly(third, second, first);
        assertThat(all.get(third).hasData()).isFalse();
        // 第2期: 山本's MID by both sides, and 中村's by his mentor (his own is still a draft)
        assertThat(all.get(second).perEnrollment()).extracting(g -> g.enrollmentId())
                .containsExactlyInAnyOrder(fixtures.idOf("yamamoto", "第2期"), fixtures.idOf("nakamura", "第2期"));
        assertThat(all.get(first).overallAverage()).isGreaterThan(all.get(second).overallAverage());
    }

    @Test
    void aRotationsSheetAndGrowthCostTheSameWithTwoOrSixAssessments() {
        long six = fixtures.idOf(DemoPeople.GRADUATE, "第1期");
        long two = fixtures.idOf(DemoPeople.PARTICIPANT, "第2期");
        signIn.as(DemoPeople.OWNER);
        assertThat(statements.of(() -> assessments.sheet(six))).isEqualTo(statements.of(() -> assessments.sheet(two)))
                .isLessThanOrEqualTo(8);
        assertThat(statements.of(() -> growth.participantGrowth(six))).isEqualTo(statements.of(() -> growth.participantGrowth(two)))
                .isLessThanOrEqualTo(8);
    }

    @Test
    void aGraduatesGrowthShowsEveryPhaseOfBothSides() {
        long rotation = fixtures.idOf(DemoPeople.GRADUATE, "第1期");
        signIn.as(DemoPeople.GRADUATE);
        ParticipantGrowth mine = growth.participantGrowth(rotation);
        assertThat(mine.skills()).allSatisfy(s -> {
            assertThat(s.self()).containsOnlyKeys(AssessmentPhase.values());
            assertThat(s.mentor()).containsOnlyKeys(AssessmentPhase.values());
            assertThat(s.growth().source()).isEqualTo(AssessmentSide.MENTOR);
            assertThat(s.growth().toPhase()).isEqualTo(AssessmentPhase.END);
        });
        assertThat(mine.averageGrowth()).isPresent();
    }

    @Test
    void theParticipantsOwnPageFindsTheirRotation() {
        signIn.as(DemoPeople.PARTICIPANT);
        assertThat(assessments.myRotation()).contains(fixtures.idOf(DemoPeople.PARTICIPANT, "第2期"));
        signIn.as(DemoPeople.GRADUATE);
        assertThat(assessments.myRotation()).contains(fixtures.idOf(DemoPeople.GRADUATE, "第1期"));
        signIn.as(DemoPeople.OWNER);
        assertThat(assessments.myRotation()).isEmpty();
    }
}
