package dev.ryugaku.core.search;

import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The header's search: people, cohorts, improvement tasks and rotations whose name or title contains
 * the text, only those the actor may open — the same rules as the pages they link to (decision 0033):
 * owners everything; others the rotations they take part in (as participant or mentor), their
 * people, the cohorts they are a member of (not drafts), and the tasks the board shows them.
 */
@Service
public class SearchService {

    /** Hits per kind on the overview, where each kind links to its own pages. */
    public static final int OVERVIEW_SIZE = 5;
    /** Hits per page when one kind is paged through. */
    public static final int PAGE_SIZE = 20;

    private final SearchRepository repository;
    private final CurrentActor currentActor;

    public SearchService(SearchRepository repository, CurrentActor currentActor) {
        this.repository = repository;
        this.currentActor = currentActor;
    }

    /** The first {@value #OVERVIEW_SIZE} hits of each kind: one query per kind. */
    @Transactional(readOnly = true)
    public SearchResults overview(String typed) {
        return SearchText.of(typed).map(text -> {
            Long viewer = viewer(currentActor.get());
            String pattern = text.pattern();
            return new SearchResults(text.text(),
                    SearchPage.of(repository.people(pattern, viewer, 0, OVERVIEW_SIZE + 1), 0, OVERVIEW_SIZE),
                    SearchPage.of(repository.cohorts(pattern, viewer, 0, OVERVIEW_SIZE + 1), 0, OVERVIEW_SIZE),
                    SearchPage.of(repository.tasks(pattern, viewer, 0, OVERVIEW_SIZE + 1), 0, OVERVIEW_SIZE),
                    SearchPage.of(repository.rotations(pattern, viewer, 0, OVERVIEW_SIZE + 1), 0, OVERVIEW_SIZE));
        }).orElseGet(() -> SearchResults.none(""));
    }

    /** One page (from 0) of one kind's hits, {@value #PAGE_SIZE} a page: one query. */
    @Transactional(readOnly = true)
    public SearchResults page(String typed, SearchKind kind, int page) {
        return SearchText.of(typed).map(text -> {
            Long viewer = viewer(currentActor.get());
            String pattern = text.pattern();
            int from = Math.max(page, 0);
            int offset = from * PAGE_SIZE;
            SearchResults none = SearchResults.none(text.text());
            return switch (kind) {
                case PERSON -> new SearchResults(none.text(),
                        SearchPage.of(repository.people(pattern, viewer, offset, PAGE_SIZE + 1), from, PAGE_SIZE),
                        none.cohorts(), none.tasks(), none.rotations());
                case COHORT -> new SearchResults(none.text(), none.people(),
                        SearchPage.of(repository.cohorts(pattern, viewer, offset, PAGE_SIZE + 1), from, PAGE_SIZE),
                        none.tasks(), none.rotations());
                case TASK -> new SearchResults(none.text(), none.people(), none.cohorts(),
                        SearchPage.of(repository.tasks(pattern, viewer, offset, PAGE_SIZE + 1), from, PAGE_SIZE),
                        none.rotations());
                case ROTATION -> new SearchResults(none.text(), none.people(), none.cohorts(), none.tasks(),
                        SearchPage.of(repository.rotations(pattern, viewer, offset, PAGE_SIZE + 1), from, PAGE_SIZE));
            };
        }).orElseGet(() -> SearchResults.none(""));
    }

    /** Owners open every record; anyone else only what they take part in. */
    private static Long viewer(Actor actor) {
        return actor.isOwner() ? null : actor.personId();
    }
}
