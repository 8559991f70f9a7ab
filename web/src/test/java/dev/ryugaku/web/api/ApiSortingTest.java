package dev.ryugaku.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code sort} on the lists: by the names each list offers, in either direction, in the page query
 * itself; a name a list does not offer answers 400 as a problem naming the field, in the caller's
 * language.
 */
@RyugakuTest
class ApiSortingTest {

    @Autowired
    ApiClient api;

    private String owner;

    @BeforeEach
    void anOwnersToken() {
        owner = api.token(DemoPeople.OWNER, false);
    }

    private List<JsonNode> items(String path) {
        ApiClient.Answer answer = api.get(path, owner);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("items").valueStream().toList();
    }

    private static <T> List<T> field(List<JsonNode> items, String name, Function<String, T> parse) {
        return items.stream().map(item -> parse.apply(item.get(name).asString())).toList();
    }

    @Test
    void cohortsSortByStartDateEitherWay() {
        List<LocalDate> ascending = field(items("/api/v1/cohorts?size=200&sort=startDate,asc"), "startDate", LocalDate::parse);
        List<LocalDate> descending = field(items("/api/v1/cohorts?size=200&sort=startDate,desc"), "startDate", LocalDate::parse);

        assertThat(ascending).hasSizeGreaterThan(2).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ascending.getFirst()).isBefore(descending.getFirst());
    }

    @Test
    void cohortNamesAreUniqueSoOneOrderIsTheOtherReversed() {
        List<String> ascending = field(items("/api/v1/cohorts?size=200&sort=name"), "name", s -> s);
        List<String> descending = field(items("/api/v1/cohorts?size=200&sort=name,desc"), "name", s -> s);

        assertThat(descending).isEqualTo(ascending.reversed());
    }

    @Test
    void severalSortsApplyInTurnOnAPage() {
        List<JsonNode> page = items("/api/v1/cohorts?size=3&page=0&sort=capacity,desc&sort=startDate,asc");
        List<JsonNode> all = items("/api/v1/cohorts?size=200&sort=capacity,desc&sort=startDate,asc");

        assertThat(field(page, "id", Long::valueOf)).isEqualTo(field(all.subList(0, 3), "id", Long::valueOf));
        assertThat(field(all, "capacity", Integer::valueOf)).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void tasksSortByCreationOldestFirst() {
        List<Instant> created = field(items("/api/v1/tasks?size=200&sort=createdAt,asc"), "createdAt", Instant::parse);

        assertThat(created).hasSizeGreaterThan(2).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void peopleSortByActiveAndEnrollmentsByStatus() {
        List<Boolean> active = field(items("/api/v1/people?size=200&sort=active"), "active", Boolean::valueOf);
        assertThat(active).isSortedAccordingTo(Comparator.naturalOrder());

        long first = items("/api/v1/cohorts?size=200&sort=startDate").stream()
                .filter(cohort -> cohort.get("name").asString().equals("第1期")).findFirst().orElseThrow().get("id").asLong();
        List<String> statuses = field(items("/api/v1/cohorts/" + first + "/enrollments?sort=status,desc"), "status", s -> s);
        assertThat(statuses).isNotEmpty().isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void anUnknownPropertyIsABadRequestNamingTheFieldInTheCallersLanguage() {
        ApiClient.Answer english = api.send("GET", "/api/v1/cohorts?sort=capacity&sort=secret,desc", owner, null,
                "Accept-Language", "en");

        assertThat(english.status()).as(english.toString()).isEqualTo(400);
        assertThat(english.header("Content-Type")).startsWith("application/problem+json");
        assertThat(english.json().get("detail").asString()).isEqualTo("This list cannot be sorted that way; see errors.");
        JsonNode error = english.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("sort");
        assertThat(error.get("code").asString()).isEqualTo("list.problem.UNKNOWN_SORT");
        assertThat(error.get("message").asString())
                .isEqualTo("Cannot sort by secret. Sort by one of: capacity, endDate, hostTeamName, name, startDate");

        ApiClient.Answer japanese = api.get("/api/v1/tasks?sort=password", owner);
        assertThat(japanese.status()).isEqualTo(400);
        assertThat(japanese.json().get("errors").get(0).get("message").asString()).startsWith("password では並べ替えられません。");
        assertThat(api.get("/api/v1/people?sort=passwordHash", owner).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/cohorts/1/enrollments?sort=learningGoals", owner).status()).isEqualTo(400);
    }
}
