package dev.ryugaku.persistence.db;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A list query's order: the caller's sort (already checked by the service, in query paths), then
 * the list's own order, which also makes pages stable when the caller's sort has ties.
 */
public final class Orders {

    private Orders() {
    }

    public static Pageable then(Pageable page, Sort listOrder) {
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), page.getSort().and(listOrder));
    }
}
