package dev.ryugaku.core.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One named rule an input must follow: the violations it finds, none when the input keeps it. A
 * rules class lists its rules as named constants (or factories, for rules that need a date or a
 * period), so that a reader can list them and a test can check each by name.
 */
@FunctionalInterface
public interface Rule<T> {

    List<Violation> check(T input);

    /** The rules checked in turn: every violation they find, in the rules' order. */
    static <T> Rule<T> all(List<? extends Rule<? super T>> rules) {
        List<Rule<? super T>> copy = List.copyOf(rules);
        return input -> copy.stream().flatMap(rule -> rule.check(input).stream()).toList();
    }

    /** A rule broken exactly when {@code broken} holds, with one violation. */
    static <T> Rule<T> refuseWhen(Predicate<? super T> broken, String field, MessageKeyed problem, Object... arguments) {
        return input -> broken.test(input) ? List.of(Violation.of(field, problem, arguments)) : List.of();
    }

    /** A text that is either absent or at most {@code max} characters long (UTF-16 units, as the columns count them). */
    static <T> Rule<T> fits(String field, Function<? super T, String> text, int max, MessageKeyed tooLong) {
        return refuseWhen(input -> {
            String value = text.apply(input);
            return value != null && value.length() > max;
        }, field, tooLong, max);
    }
}
