package dev.ryugaku.core.skill;

import static dev.ryugaku.core.skill.AssessmentPhase.END;
import static dev.ryugaku.core.skill.AssessmentPhase.MID;
import static dev.ryugaku.core.skill.AssessmentPhase.START;
import static dev.ryugaku.core.skill.AssessmentSide.MENTOR;
import static dev.ryugaku.core.skill.AssessmentSide.SELF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillGrowthTest {

    private static final SkillRef LINUX = new SkillRef(1, "OS・Linux", "OS / Linux", "d", "d", true);
    private static final SkillRef DNS = new SkillRef(2, "ネットワーク・DNS", "Networking & DNS", "d", "d", true);
    private static final SkillRef OLD = new SkillRef(3, "旧領域", "Old area", "d", "d", false);
    private static final List<SkillRef> CATALOGUE = List.of(LINUX, DNS, OLD);

    private final List<RatingPoint> points = new ArrayList<>();

    private SkillGrowthTest rate(long cohort, long enrollment, AssessmentPhase phase, AssessmentSide side, SkillRef skill,
                                 int level) {
        points.add(new RatingPoint(cohort, enrollment, phase, side, skill.id(), level));
        return this;
    }

    @Test
    void growthIsTheMentorsLatestLevelMinusTheirStartLevel() {
        assertThat(SkillGrowth.growth(Map.of(START, 1, MID, 2, END, 3), Map.of(START, 2, END, 4)))
                .contains(new Growth(1, 3, END, MENTOR));
        assertThat(SkillGrowth.growth(Map.of(START, 1, MID, 2), Map.of())).contains(new Growth(1, 2, MID, MENTOR));
        assertThat(SkillGrowth.growth(Map.of(START, 3, END, 2), Map.of()).orElseThrow().delta()).isEqualTo(-1);
    }

    @Test
    void withoutBothMentorRatingsTheParticipantsOwnCountButTheSidesAreNeverMixed() {
        assertThat(SkillGrowth.growth(Map.of(END, 3), Map.of(START, 1, END, 2))).contains(new Growth(1, 2, END, SELF));
        assertThat(SkillGrowth.growth(Map.of(START, 1), Map.of(END, 4))).isEmpty();
        assertThat(SkillGrowth.growth(Map.of(START, 1), Map.of(START, 1))).isEmpty();
    }

    @Test
    void aRotationsProgressListsItsRatedAreasInCatalogueOrderInactiveOnesToo() {
        rate(10, 100, START, SELF, DNS, 1).rate(10, 100, START, MENTOR, DNS, 0).rate(10, 100, MID, MENTOR, DNS, 2)
                .rate(10, 100, START, MENTOR, LINUX, 2);
        List<SkillProgress> progress = SkillGrowth.progress(points, CATALOGUE);
        assertThat(progress).extracting(p -> p.skill().id()).containsExactly(1L, 2L);
        assertThat(progress.get(1).level(SELF, START)).isEqualTo(1);
        assertThat(progress.get(1).level(MENTOR, MID)).isEqualTo(2);
        assertThat(progress.get(1).growth()).isEqualTo(new Growth(0, 2, MID, MENTOR));
        assertThat(progress.get(0).growth()).isNull();

        rate(10, 100, START, MENTOR, OLD, 1);
        assertThat(SkillGrowth.progress(points, CATALOGUE)).extracting(p -> p.skill().id()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aCohortAveragesEachSkillOverItsRotationsWithAGrowthAndOverall() {
        // rotation 100: Linux 1→3 (mentor), DNS 0→1 (mentor)
        rate(10, 100, START, MENTOR, LINUX, 1).rate(10, 100, END, MENTOR, LINUX, 3)
                .rate(10, 100, START, MENTOR, DNS, 0).rate(10, 100, END, MENTOR, DNS, 1);
        // rotation 101: Linux 2→2 by its own ratings (the mentor rated START only)
        rate(10, 101, START, MENTOR, LINUX, 1).rate(10, 101, START, SELF, LINUX, 2).rate(10, 101, END, SELF, LINUX, 2);
        // rotation 102: START only, no growth yet
        rate(10, 102, START, MENTOR, LINUX, 0);

        CohortGrowth cohort = SkillGrowth.cohort(10, points, CATALOGUE);

        assertThat(cohort.skills()).extracting(a -> a.skill().id()).containsExactly(1L, 2L);
        SkillAverage linux = cohort.skills().get(0);
        assertThat(linux.averageStart()).isCloseTo(1.5, within(1e-9));
        assertThat(linux.averageLatest()).isCloseTo(2.5, within(1e-9));
        assertThat(linux.averageGrowth()).isCloseTo(1.0, within(1e-9));
        assertThat(linux.enrollments()).isEqualTo(2);
        assertThat(linux.fromSelf()).isEqualTo(1);
        assertThat(cohort.skills().get(1).averageGrowth()).isCloseTo(1.0, within(1e-9));
        // (2 + 1 + 0) / 3 pairs
        assertThat(cohort.overallAverage()).isCloseTo(1.0, within(1e-9));
        assertThat(cohort.enrollments()).isEqualTo(2);
        assertThat(cohort.perEnrollment()).extracting(EnrollmentGrowth::enrollmentId).containsExactly(100L, 101L);
        assertThat(cohort.perEnrollment().get(0).averageGrowth()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void cohortsAreComputedApartAndOneWithoutRatingsIsEmpty() {
        rate(10, 100, START, MENTOR, LINUX, 1).rate(10, 100, END, MENTOR, LINUX, 4);
        rate(11, 200, START, MENTOR, LINUX, 2).rate(11, 200, MID, MENTOR, LINUX, 3);

        Map<Long, CohortGrowth> cohorts = SkillGrowth.cohorts(List.of(11L, 10L, 12L), points, CATALOGUE);

        assertThat(cohorts.keySet()).containsExactly(11L, 10L, 12L);
        assertThat(cohorts.get(10L).overallAverage()).isCloseTo(3.0, within(1e-9));
        assertThat(cohorts.get(11L).overallAverage()).isCloseTo(1.0, within(1e-9));
        assertThat(cohorts.get(12L).hasData()).isFalse();
        assertThat(cohorts.get(12L).skills()).isEmpty();
        assertThat(cohorts.get(12L).enrollments()).isZero();
    }

    @Test
    void theAverageGrowthOfARotationIsTheMeanOverItsSkillsWithAGrowth() {
        rate(10, 100, START, MENTOR, LINUX, 1).rate(10, 100, END, MENTOR, LINUX, 3).rate(10, 100, START, MENTOR, DNS, 1);
        ParticipantGrowth growth = new ParticipantGrowth(100, "田中 翔太", "第2期", SkillGrowth.progress(points, CATALOGUE));
        assertThat(growth.averageGrowth()).hasValue(2.0);
        assertThat(growth.isEmpty()).isFalse();
        assertThat(new ParticipantGrowth(100, "田中 翔太", "第2期", SkillGrowth.progress(List.of(), CATALOGUE)).isEmpty())
                .isTrue();
    }
}
