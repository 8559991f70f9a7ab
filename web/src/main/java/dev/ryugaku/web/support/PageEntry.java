package dev.ryugaku.web.support;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Entering a page about one record, the same way on every page: read the id from the route, load
 * the record as the signed-in user may see it, or show "not found" — for an id that does not exist
 * and for one the user may not see alike, so that a guessed id tells nothing.
 */
public final class PageEntry {

    private PageEntry() {
    }

    /** The record the route parameter {@code idParameter} names; empty once rerouted to "not found". */
    public static <T> Optional<T> load(BeforeEnterEvent event, String idParameter, LongFunction<T> load) {
        long id = event.getRouteParameters().getLong(idParameter).orElseThrow();
        return orNotFound(event, () -> load.apply(id));
    }

    /** What {@code load} reads for the page; empty once rerouted to "not found" because core found no such record. */
    public static <T> Optional<T> orNotFound(BeforeEnterEvent event, Supplier<T> load) {
        try {
            return Optional.of(load.get());
        } catch (RecordNotFoundException notVisible) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }

    /**
     * The rotation the route names, else the signed-in user's own (pages such as {@code /worklog}
     * and {@code /skills} that a participant opens without an id); empty when there is neither.
     */
    public static Optional<Long> rotation(BeforeEnterEvent event, String idParameter, Supplier<Optional<Long>> mine) {
        Optional<Long> requested = event.getRouteParameters().getLong(idParameter);
        return requested.isPresent() ? requested : mine.get();
    }
}
