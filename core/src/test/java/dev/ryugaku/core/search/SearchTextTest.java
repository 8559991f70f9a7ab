package dev.ryugaku.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is typed becomes a "contains" pattern in which LIKE's wildcards and the escape character match themselves. */
class SearchTextTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreEscaped() {
        assertThat(SearchText.of("50%_off!").orElseThrow().pattern()).isEqualTo("%50!%!_off!!%");
    }

    @Test
    void japaneseIsKeptAsTypedAndTrimmed() {
        SearchText text = SearchText.of("  田中 翔太\u3000").orElseThrow();
        assertThat(text.text()).isEqualTo("田中 翔太");
        assertThat(text.pattern()).isEqualTo("%田中 翔太%");
    }

    @Test
    void blanksSearchForNothingAndLongTextIsCut() {
        assertThat(SearchText.of(null)).isEmpty();
        assertThat(SearchText.of(" \t\u3000")).isEmpty();
        assertThat(SearchText.of("あ".repeat(150)).orElseThrow().text()).hasSize(SearchText.MAX_LENGTH);
    }
}
