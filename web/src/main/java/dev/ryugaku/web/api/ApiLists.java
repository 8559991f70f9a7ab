package dev.ryugaku.web.api;

import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Paging parameters as every list takes them: {@code page} from 0, {@code size} from 1 to
 * {@value #MAX_SIZE}, and {@code sort} ({@code sort=startDate,desc}, repeated for more) by the
 * names the list's service offers — the service refuses others.
 */
final class ApiLists {

    static final int MAX_SIZE = 200;

    private ApiLists() {
    }

    static Pageable pageable(int page, int size) {
        return pageable(page, size, Sort.unsorted());
    }

    static Pageable pageable(int page, int size, Sort sort) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "api.problem.paging");
        }
        return PageRequest.of(page, size, sort);
    }

    static <T> ApiPage<T> page(Pageable pageable, List<T> items, LongSupplier total) {
        return new ApiPage<>(items, pageable.getPageNumber(), pageable.getPageSize(), total.getAsLong());
    }

    /** A page cut from a list the service gives whole (a cohort's enrollments, a rotation's check-ins). */
    static <T> ApiPage<T> slice(List<T> all, int page, int size) {
        Pageable pageable = pageable(page, size);
        int from = (int) Math.min(all.size(), pageable.getOffset());
        return new ApiPage<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }
}
