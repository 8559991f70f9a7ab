package dev.ryugaku.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagePreferenceTest {

    private static Locale choose(Locale sessionChoice, String... browserLanguages) {
        List<Locale> preferred = java.util.Arrays.stream(browserLanguages).map(Locale::forLanguageTag).toList();
        return LanguagePreference.choose(sessionChoice, Collections.enumeration(preferred));
    }

    @Test
    void aBrowserPreferringJapaneseGetsJapanese() {
        assertThat(choose(null, "ja-JP", "en-US")).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void aBrowserPreferringEnglishGetsEnglish() {
        assertThat(choose(null, "en-GB", "ja")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anyOtherLanguageGetsEnglishUnlessJapaneseComesLater() {
        assertThat(choose(null, "fr-FR", "de")).isEqualTo(Locale.ENGLISH);
        assertThat(choose(null, "ko", "ja")).isEqualTo(Locale.JAPANESE);
        assertThat(choose(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theLanguageChosenInTheUserMenuWinsForTheSession() {
        assertThat(choose(Locale.ENGLISH, "ja-JP")).isEqualTo(Locale.ENGLISH);
        assertThat(choose(Locale.JAPANESE, "en-US")).isEqualTo(Locale.JAPANESE);
    }
}
