package dev.ryugaku.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentorRankingTest {

    private static final SkillRef LINUX = new SkillRef(1, "OS・Linux", "OS / Linux", "d", "d", true);
    private static final SkillRef DNS = new SkillRef(2, "ネットワーク・DNS", "Networking & DNS", "d", "d", true);
    private static final SkillRef DB = new SkillRef(3, "データベース", "Databases", "d", "d", true);
    private static final List<SkillRef> CATALOGUE = List.of(LINUX, DNS, DB);

    @Test
    void moreSharedAreasComeFirstWhateverTheLoad() {
        List<MentorMatch> ranked = MentorRanking.rank(List.of(1L, 2L),
                List.of(new MentorLoad(10, "伊藤", 0), new MentorLoad(11, "佐藤", 3)),
                Map.of(10L, Set.of(1L), 11L, Set.of(1L, 2L, 3L)), CATALOGUE);

        assertThat(ranked).extracting(MentorMatch::mentorId).containsExactly(11L, 10L);
        assertThat(ranked.getFirst().overlap()).isEqualTo(2);
        assertThat(ranked.getFirst().sharedAreas()).containsExactly(LINUX, DNS);
    }

    @Test
    void anEqualOverlapGoesToTheLessLoadedMentor() {
        List<MentorMatch> ranked = MentorRanking.rank(List.of(1L),
                List.of(new MentorLoad(10, "伊藤", 2), new MentorLoad(11, "佐藤", 1)),
                Map.of(10L, Set.of(1L), 11L, Set.of(1L)), CATALOGUE);

        assertThat(ranked).extracting(MentorMatch::mentorId).containsExactly(11L, 10L);
        assertThat(ranked).extracting(MentorMatch::activeMentees).containsExactly(1, 2);
    }

    @Test
    void equalOverlapAndLoadAreOrderedByNameThenId() {
        List<MentorMatch> ranked = MentorRanking.rank(List.of(1L),
                List.of(new MentorLoad(12, "Suzuki", 0), new MentorLoad(11, "Abe", 0), new MentorLoad(10, "Abe", 0)),
                Map.of(), CATALOGUE);

        assertThat(ranked).extracting(MentorMatch::mentorId).containsExactly(10L, 11L, 12L);
    }

    @Test
    void mentorsSharingNothingStayAfterTheOthers() {
        List<MentorMatch> ranked = MentorRanking.rank(List.of(3L),
                List.of(new MentorLoad(10, "伊藤", 0), new MentorLoad(11, "佐藤", 4)),
                Map.of(11L, Set.of(3L)), CATALOGUE);

        assertThat(ranked).extracting(MentorMatch::mentorId).containsExactly(11L, 10L);
        assertThat(ranked.get(1).overlap()).isZero();
        assertThat(ranked.get(1).sharedAreas()).isEmpty();
    }

    @Test
    void strongAreasNotWantedDoNotCount() {
        List<MentorMatch> ranked = MentorRanking.rank(List.of(2L),
                List.of(new MentorLoad(10, "伊藤", 0)), Map.of(10L, Set.of(1L, 3L)), CATALOGUE);

        assertThat(ranked.getFirst().overlap()).isZero();
    }

    @Test
    void sharedAreasAreNamedInTheReadersLanguageInCatalogueOrder() {
        MentorMatch match = MentorRanking.rank(List.of(3L, 1L),
                List.of(new MentorLoad(10, "伊藤", 0)), Map.of(10L, Set.of(3L, 1L)), CATALOGUE).getFirst();

        assertThat(match.sharedAreaNames(Locale.JAPANESE)).containsExactly("OS・Linux", "データベース");
        assertThat(match.sharedAreaNames(Locale.ENGLISH)).containsExactly("OS / Linux", "Databases");
    }
}
