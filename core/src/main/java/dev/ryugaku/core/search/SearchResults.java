package dev.ryugaku.core.search;

/** What one search found, grouped by kind; a kind not searched is an empty page. */
public record SearchResults(String text, SearchPage<PersonHit> people, SearchPage<CohortHit> cohorts,
                            SearchPage<TaskHit> tasks, SearchPage<RotationHit> rotations) {

    static SearchResults none(String text) {
        return new SearchResults(text, SearchPage.empty(), SearchPage.empty(), SearchPage.empty(), SearchPage.empty());
    }

    public boolean isEmpty() {
        return people.isEmpty() && cohorts.isEmpty() && tasks.isEmpty() && rotations.isEmpty();
    }

    public SearchPage<?> of(SearchKind kind) {
        return switch (kind) {
            case PERSON -> people;
            case COHORT -> cohorts;
            case TASK -> tasks;
            case ROTATION -> rotations;
        };
    }
}
