package dev.ryugaku.web.navigation;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;

/**
 * Where a detail page sits (ホーム › 田中 翔太（第2期） › チェックイン): links up to the pages above it,
 * the page itself last and marked as the current one for screen readers.
 */
public final class Breadcrumbs extends Nav {

    private final OrderedList trail = new OrderedList();

    public Breadcrumbs() {
        setId("breadcrumbs");
        addClassName("breadcrumbs");
        getElement().setAttribute("aria-label", getTranslation("breadcrumbs.label"));
        add(trail);
    }

    /** Starts at the reader's home. */
    public static Breadcrumbs fromHome() {
        Breadcrumbs breadcrumbs = new Breadcrumbs();
        return breadcrumbs.link(breadcrumbs.getTranslation("breadcrumbs.home"), HomePages.home());
    }

    public Breadcrumbs link(String text, String location) {
        trail.add(new ListItem(Pages.link(text, location)));
        return this;
    }

    /** A rotation, named by its participant and cohort. */
    public Breadcrumbs rotation(long enrollmentId, String personName, String cohortName) {
        return link(getTranslation("breadcrumbs.rotation", personName, cohortName), EnrollmentPages.rotation(enrollmentId));
    }

    public Breadcrumbs here(String text) {
        ListItem current = new ListItem(text);
        current.getElement().setAttribute("aria-current", "page");
        trail.add(current);
        return this;
    }
}
