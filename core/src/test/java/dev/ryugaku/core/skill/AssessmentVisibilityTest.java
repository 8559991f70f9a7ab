package dev.ryugaku.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.skill.AssessmentVisibility.Viewer;
import org.junit.jupiter.api.Test;

class AssessmentVisibilityTest {

    @Test
    void eachSideAlwaysReadsItsOwnAssessment() {
        assertThat(AssessmentVisibility.sees(Viewer.PARTICIPANT, AssessmentSide.SELF, false)).isTrue();
        assertThat(AssessmentVisibility.sees(Viewer.MENTOR, AssessmentSide.MENTOR, false)).isTrue();
    }

    @Test
    void theOtherSideIsReadOnlyOnceBothHaveSubmitted() {
        assertThat(AssessmentVisibility.sees(Viewer.PARTICIPANT, AssessmentSide.MENTOR, false)).isFalse();
        assertThat(AssessmentVisibility.sees(Viewer.MENTOR, AssessmentSide.SELF, false)).isFalse();
        assertThat(AssessmentVisibility.sees(Viewer.PARTICIPANT, AssessmentSide.MENTOR, true)).isTrue();
        assertThat(AssessmentVisibility.sees(Viewer.MENTOR, AssessmentSide.SELF, true)).isTrue();
    }

    @Test
    void ownersReadEverythingAndOthersNothing() {
        for (AssessmentSide side : AssessmentSide.values()) {
            assertThat(AssessmentVisibility.sees(Viewer.OWNER, side, false)).isTrue();
            assertThat(AssessmentVisibility.sees(Viewer.NONE, side, true)).isFalse();
        }
    }

    @Test
    void theParticipantWritesTheirOwnSideAndMentorsTheMentorsSide() {
        assertThat(Viewer.PARTICIPANT.writes()).isEqualTo(AssessmentSide.SELF);
        assertThat(Viewer.MENTOR.writes()).isEqualTo(AssessmentSide.MENTOR);
        assertThat(Viewer.OWNER.writes()).isNull();
        assertThat(Viewer.NONE.writes()).isNull();
    }
}
