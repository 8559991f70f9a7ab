package dev.ryugaku.core.retrospective;

/**
 * What the participant writes looking back on their rotation.
 *
 * @param keep            Keep: what went well and should stay
 * @param problem         Problem: what got in the way
 * @param tryNext         Try: what to do differently
 * @param programFeedback feedback to the program, for its owners only (never the mentor)
 * @param mentorComments  comments about the mentor, for the owners, and for the mentor if {@code shareWithMentor}
 * @param recommendScore  "would you recommend this rotation to a colleague", 0–10
 */
public record RetrospectiveDraft(String learned, String hardest, String keep, String problem, String tryNext,
                                 String programFeedback, String mentorComments, boolean shareWithMentor,
                                 Integer recommendScore) {

    public static RetrospectiveDraft empty() {
        return new RetrospectiveDraft(null, null, null, null, null, null, null, false, null);
    }
}
