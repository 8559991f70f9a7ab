package dev.ryugaku.web;

/** Login names of the demo program's people, as the tests use them. */
public final class DemoPeople {

    public static final String OWNER = "owner";
    public static final String MENTOR = "mentor";
    public static final String PARTICIPANT = "participant";
    /** The second demo participant: 第2期, mentored by 伊藤, not by the demo mentor. */
    public static final String PARTICIPANT2 = "participant2";
    /** A participant of 第2期 mentored by 伊藤, not by the demo mentor. */
    public static final String OTHER_PARTICIPANT = "yamamoto";
    /** A graduate of 第1期. */
    public static final String GRADUATE = "kobayashi";
    /** A program owner who is also a mentor (伊藤: mentor of participant2, yamamoto, kato). */
    public static final String OWNER_AND_MENTOR = "ito";
    /** A mentor with no mentee in 第1期 (渡辺: mentor of nakamura in 第2期). */
    public static final String OTHER_MENTOR = "watanabe";

    private DemoPeople() {
    }
}
