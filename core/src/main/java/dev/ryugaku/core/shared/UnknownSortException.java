package dev.ryugaku.core.shared;

import java.util.List;

/** A list was asked to sort by a property it does not offer ({@link ListOrder}); nothing was read. */
public class UnknownSortException extends InvalidInputException {

    public UnknownSortException(List<Violation> violations) {
        super(violations);
    }
}
