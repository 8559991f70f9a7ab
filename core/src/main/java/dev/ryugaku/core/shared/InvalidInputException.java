package dev.ryugaku.core.shared;

import java.util.List;

/** An input broke one or more rules; nothing was saved. */
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("Invalid input: " + violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Refuses the input when any rule was broken; does nothing otherwise. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public List<Violation> violations() {
        return violations;
    }
}
