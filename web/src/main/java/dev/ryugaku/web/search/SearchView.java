package dev.ryugaku.web.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.search.CohortHit;
import dev.ryugaku.core.search.PersonHit;
import dev.ryugaku.core.search.RotationHit;
import dev.ryugaku.core.search.SearchKind;
import dev.ryugaku.core.search.SearchPage;
import dev.ryugaku.core.search.SearchResults;
import dev.ryugaku.core.search.SearchService;
import dev.ryugaku.core.search.SearchText;
import dev.ryugaku.core.search.TaskHit;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.CohortPages;
import dev.ryugaku.web.navigation.EnrollmentPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.PeoplePages;
import dev.ryugaku.web.navigation.SearchPages;
import dev.ryugaku.web.navigation.TaskPages;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Optional;

/**
 * 検索 (/search?q=…): what the header's search found, grouped by kind, each hit linking to its page.
 * The overview shows the first few of each kind; "more" pages through one kind
 * ({@code &kind=TASK&page=2}). Every address is bookmarkable.
 */
@Route("search")
@PermitAll
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchService search;
    private final TextField field = new TextField();
    private final Div results = new Div();

    SearchView(SearchService search) {
        this.search = search;
        addClassName("search-page");
        field.setId("search-field");
        field.setLabel(getTranslation("search.label"));
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setMaxLength(SearchText.MAX_LENGTH);
        field.setClearButtonVisible(true);
        field.setWidthFull();
        field.setMaxWidth("40em");
        field.addKeyDownListener(Key.ENTER, event -> Pages.navigate(SearchPages.results(),
                SearchPages.query(field.getValue().strip(), null, null)));
        results.setId("search-results");
        results.setWidthFull();
        add(field, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String text = query.getSingleParameter(SearchPages.QUERY).orElse("");
        Optional<SearchKind> kind = query.getSingleParameter(SearchPages.KIND)
                .flatMap(name -> Arrays.stream(SearchKind.values()).filter(k -> k.name().equals(name)).findFirst());
        int page = query.getSingleParameter(SearchPages.PAGE).filter(p -> p.matches("\\d{1,6}"))
                .map(Integer::parseInt).filter(p -> p >= 1).orElse(1);
        field.setValue(text);
        results.removeAll();
        if (SearchText.of(text).isEmpty()) {
            results.add(new Paragraph(getTranslation("search.hint")));
            field.focus();
            return;
        }
        SearchResults found = kind.map(k -> search.page(text, k, page - 1)).orElseGet(() -> search.overview(text));
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("search.none", found.text()));
            none.setId("search-none");
            results.add(none);
        }
        for (SearchKind each : SearchKind.values()) {
            if (kind.isEmpty() || kind.get() == each) {
                group(found.text(), each, found.of(each), kind.isPresent()).ifPresent(results::add);
            }
        }
    }

    private Optional<Component> group(String text, SearchKind kind, SearchPage<?> page, boolean paged) {
        if (page.isEmpty()) {
            return Optional.empty();
        }
        Div group = new Div(new H3(getTranslation(kind.messageKey())));
        group.addClassName("search-group");
        group.setId("search-" + kind.name().toLowerCase());
        for (Object hit : page.hits()) {
            group.add(row(hit));
        }
        HorizontalLayout more = new HorizontalLayout();
        more.addClassName("search-more");
        if (paged && page.page() > 0) {
            more.add(link(getTranslation("search.previous"), text, kind, page.page()));
        }
        if (page.more()) {
            more.add(paged ? link(getTranslation("search.next"), text, kind, page.page() + 2)
                    : link(getTranslation("search.more", getTranslation(kind.messageKey())), text, kind, 1));
        }
        if (paged) {
            more.add(link(getTranslation("search.allKinds"), text, null, null));
        }
        group.add(more);
        return Optional.of(group);
    }

    private static RouterLink link(String label, String text, SearchKind kind, Integer page) {
        RouterLink link = Pages.link(label, SearchPages.results());
        link.setQueryParameters(SearchPages.query(text, kind == null ? null : kind.name(), page));
        return link;
    }

    private Component row(Object hit) {
        return switch (hit) {
            case PersonHit person -> hitRow(person.name(), person.rotationId() == null
                    ? PeoplePages.person(person.personId()) : EnrollmentPages.rotation(person.rotationId()),
                    person.teamName());
            case CohortHit cohort -> hitRow(cohort.name(), CohortPages.cohort(cohort.cohortId()),
                    Formats.period(cohort.startDate(), cohort.endDate(), getLocale()));
            case TaskHit task -> hitRow(task.title(), TaskPages.task(task.taskId()),
                    joined(getTranslation(task.status().messageKey()), task.assigneeName()));
            case RotationHit rotation -> hitRow(rotation.personName(), EnrollmentPages.rotation(rotation.enrollmentId()),
                    joined(rotation.cohortName(), getTranslation(rotation.status().messageKey())));
            default -> throw new IllegalArgumentException("Unknown hit " + hit);
        };
    }

    private static String joined(String... parts) {
        return String.join(" · ", Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private static Component hitRow(String title, String address, String detail) {
        Div row = new Div(Pages.link(title, address));
        row.addClassName("search-hit");
        if (detail != null && !detail.isBlank()) {
            Span small = new Span(detail);
            small.addClassName("search-hit-detail");
            row.add(small);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
