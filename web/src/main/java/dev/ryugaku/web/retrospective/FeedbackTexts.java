package dev.ryugaku.web.retrospective;

import dev.ryugaku.core.retrospective.RetrospectiveAnswer;
import java.util.List;
import java.util.function.Function;

/** The parts of a retrospective the feedback page and its exports list, in their order. */
final class FeedbackTexts {

    /** One part: its message key and how to read it from an answer. */
    record Part(String name, String labelKey, Function<RetrospectiveAnswer, String> reader) {

        String of(RetrospectiveAnswer answer) {
            return reader.apply(answer);
        }
    }

    static final List<Part> PARTS = List.of(
            new Part("learned", "retrospective.field.learned", RetrospectiveAnswer::learned),
            new Part("hardest", "retrospective.field.hardest", RetrospectiveAnswer::hardest),
            new Part("keep", "retrospective.field.keep", RetrospectiveAnswer::keep),
            new Part("problem", "retrospective.field.problem", RetrospectiveAnswer::problem),
            new Part("tryNext", "retrospective.field.tryNext", RetrospectiveAnswer::tryNext),
            new Part("programFeedback", "retrospective.field.programFeedback", RetrospectiveAnswer::programFeedback));

    private FeedbackTexts() {
    }
}
