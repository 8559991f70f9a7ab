package dev.ryugaku.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void ordinaryNamesInAnyScriptArePlainText() {
        for (String name : new String[] {"田中 太郎", "Alex Smith", "SRE・決済チーム", "Zoë O'Brien", "🚀 Platform", "ﾊﾝｶｸ"}) {
            assertThat(PlainText.hasControlCharacters(name)).as(name).isFalse();
        }
    }

    @Test
    void lineBreaksTabsAndOtherControlCharactersAreNot() {
        for (String name : new String[] {"田中\r\n太郎", "a\nb", "a\tb", "bell\u0007", "nul\u0000", "del\u007f", "c1\u0085"}) {
            assertThat(PlainText.hasControlCharacters(name)).as(name).isTrue();
        }
    }

    @Test
    void invisibleFormatCharactersAreNotEither() {
        for (String name : new String[] {"evil\u202Etxt.exe", "zero\u200Bwidth", "soft\u00ADhyphen", "\uFEFFbom"}) {
            assertThat(PlainText.hasControlCharacters(name)).as(name).isTrue();
        }
    }
}
