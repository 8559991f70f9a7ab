package dev.ryugaku.core.shared;

/**
 * Names are one line of visible text. Control characters (CR, LF, tab, … — Unicode category Cc)
 * and invisible format characters (Cf: right-to-left overrides, zero-width spaces and joiners, soft
 * hyphens, BOM) are refused: they break CSV exports, mail headers and log lines, and they can make
 * one name look like another.
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean hasControlCharacters(String text) {
        return text != null && text.codePoints().anyMatch(PlainText::isControlOrFormat);
    }

    static boolean isControlOrFormat(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
