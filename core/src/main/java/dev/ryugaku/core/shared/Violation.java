package dev.ryugaku.core.shared;

import java.util.List;

/**
 * One broken rule of an input: which field it concerns and what to tell the user.
 *
 * @param field     the input field, as named by the input object (e.g. {@code "endDate"})
 * @param reason    the rule that was broken
 * @param arguments values for the message's placeholders
 */
public record Violation(String field, MessageKeyed reason, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public static Violation of(String field, MessageKeyed reason, Object... arguments) {
        return new Violation(field, reason, List.of(arguments));
    }
}
