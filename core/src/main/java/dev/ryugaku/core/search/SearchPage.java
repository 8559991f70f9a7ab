package dev.ryugaku.core.search;

import java.util.List;

/** One page of one kind's hits; {@code more} says a next page exists (read as one row beyond the page). */
public record SearchPage<T>(List<T> hits, int page, boolean more) {

    public SearchPage {
        hits = List.copyOf(hits);
    }

    static <T> SearchPage<T> empty() {
        return new SearchPage<>(List.of(), 0, false);
    }

    /** The page from rows read with a limit one beyond its size. */
    static <T> SearchPage<T> of(List<T> rows, int page, int size) {
        return new SearchPage<>(rows.size() > size ? rows.subList(0, size) : rows, page, rows.size() > size);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
