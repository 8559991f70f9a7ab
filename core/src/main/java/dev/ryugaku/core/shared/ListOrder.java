package dev.ryugaku.core.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What a list may be sorted by: the names callers use (the fields of the list's rows, e.g.
 * {@code startDate}) and the query path each stands for (e.g. {@code c.startDate}). Only these
 * reach a query, so a caller cannot sort by a column it has no business seeing, and a name the
 * list does not know is refused rather than ignored. The list's own order follows as tie-breaker
 * (its repository adds it).
 */
public final class ListOrder {

    private final Map<String, String> paths;

    private ListOrder(Map<String, String> paths) {
        this.paths = paths;
    }

    /** Pairs of a name and its query path, e.g. {@code of("name", "c.name", "startDate", "c.startDate")}. */
    public static ListOrder of(String... namesAndPaths) {
        if (namesAndPaths.length % 2 != 0) {
            throw new IllegalArgumentException("names and paths come in pairs");
        }
        Map<String, String> paths = new LinkedHashMap<>();
        for (int i = 0; i < namesAndPaths.length; i += 2) {
            paths.put(namesAndPaths[i], namesAndPaths[i + 1]);
        }
        return new ListOrder(Map.copyOf(paths));
    }

    /** The names a caller may sort by, in alphabetical order. */
    public List<String> names() {
        return paths.keySet().stream().sorted().toList();
    }

    /**
     * The requested order in query paths, directions kept.
     *
     * @throws UnknownSortException naming each property this list cannot be sorted by
     */
    public Sort resolve(Sort requested) {
        List<Sort.Order> orders = new ArrayList<>();
        List<Violation> unknown = new ArrayList<>();
        for (Sort.Order order : requested) {
            String path = paths.get(order.getProperty());
            if (path == null) {
                unknown.add(Violation.of("sort", ListProblem.UNKNOWN_SORT, order.getProperty(), String.join(", ", names())));
            } else {
                orders.add(order.withProperty(path));
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownSortException(unknown);
        }
        return Sort.by(orders);
    }

    /** The page with its sort resolved as by {@link #resolve}. */
    public Pageable resolve(Pageable page) {
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), resolve(page.getSort()));
    }
}
