package dev.ryugaku.web.navigation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationState;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;

/**
 * Links and navigation by address. Views are package-private: a feature reaches another feature's
 * pages through that feature's {@code *Pages} class, which knows only addresses, so that features
 * link each other both ways without depending on each other (see decision 0023).
 */
public final class Pages {

    private Pages() {
    }

    /** A link to the page at {@code location} (path and optional query, e.g. {@code "feedback?cohort=3"}). */
    public static RouterLink link(String text, String location) {
        Location address = new Location(location);
        NavigationState page = resolve(address);
        RouterLink link = new RouterLink(text, page.getNavigationTarget(), page.getRouteParameters());
        if (!address.getQueryParameters().getParameters().isEmpty()) {
            link.setQueryParameters(address.getQueryParameters());
        }
        return link;
    }

    /** Opens the page at {@code location} in the current UI. */
    public static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** Opens the page at {@code location} with {@code query}, e.g. another week of the same work log. */
    public static void navigate(String location, QueryParameters query) {
        UI.getCurrent().navigate(location, query);
    }

    /** The view that answers {@code location}, e.g. to ask whether the user may open it. */
    public static Class<? extends Component> view(String location) {
        return resolve(new Location(location)).getNavigationTarget();
    }

    private static NavigationState resolve(Location address) {
        return VaadinService.getCurrent().getRouter().resolveNavigationTarget(address)
                .orElseThrow(() -> new IllegalArgumentException("No page answers " + address.getPathWithQueryParameters()));
    }
}
