package dev.ryugaku.core.retrospective;

/**
 * The texts of one submitted retrospective as the program owners' feedback page lists them: without
 * the participant's name, without the recommend score (that is shown only in aggregate) and without
 * the comments about the mentor (those concern one person, and are read on the rotation's page).
 */
public record RetrospectiveAnswer(String learned, String hardest, String keep, String problem, String tryNext,
                                  String programFeedback) {
}
