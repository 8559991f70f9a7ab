package dev.ryugaku.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class ListOrderTest {

    private final ListOrder order = ListOrder.of("name", "c.name", "startDate", "c.startDate", "hostTeamName", "t.name");

    @Test
    void namesBecomeQueryPathsInTheirOrderAndDirection() {
        Sort resolved = order.resolve(Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("hostTeamName").ignoreCase()));

        assertThat(resolved).containsExactly(Sort.Order.desc("c.startDate"), Sort.Order.asc("t.name").ignoreCase());
        assertThat(order.resolve(Sort.unsorted())).isEmpty();
    }

    @Test
    void aPageKeepsItsNumberAndSize() {
        Pageable page = order.resolve(PageRequest.of(3, 25, Sort.by("name")));

        assertThat(page).isEqualTo(PageRequest.of(3, 25, Sort.by("c.name")));
    }

    @Test
    void everyUnknownNameIsRefusedOnTheSortFieldNamingTheOnesThereAre() {
        assertThatThrownBy(() -> order.resolve(Sort.by("name", "c.secret", "capacity")))
                .isInstanceOfSatisfying(UnknownSortException.class, refused -> assertThat(refused.violations())
                        .containsExactly(
                                Violation.of("sort", ListProblem.UNKNOWN_SORT, "c.secret", "hostTeamName, name, startDate"),
                                Violation.of("sort", ListProblem.UNKNOWN_SORT, "capacity", "hostTeamName, name, startDate")));
    }
}
