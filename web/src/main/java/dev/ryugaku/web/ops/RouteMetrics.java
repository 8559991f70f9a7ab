package dev.ryugaku.web.ops;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.ResolvableType;

/**
 * Two timers per Vaadin route, tagged by the route's template ({@code cohorts/:id}, never the address
 * with its ids) and the outcome, for the SLOs in docs/slo.md:
 * <ul>
 * <li>{@code ryugaku_ui_navigation_seconds}: building a page, from the first before-enter of a
 * navigation to its after-navigation (access checks, the view's construction, its data), tagged with
 * the route of the address asked for, with outcome {@code not_found} when an error view showed instead;</li>
 * <li>{@code ryugaku_ui_round_trip_seconds}: a server round trip of the browser ({@code v-r=uidl},
 * {@code v-r=init}), tagged with the route the UI shows when it ends.</li>
 * </ul>
 * Buckets are the SLO thresholds only, so each route costs a handful of series.
 */
@org.springframework.stereotype.Component
class RouteMetrics implements VaadinServiceInitListener, VaadinRequestInterceptor {

    static final String NAVIGATION = "ryugaku.ui.navigation";
    static final String ROUND_TRIP = "ryugaku.ui.round.trip";
    /** Pages that the error views show instead of the route, and requests made before any page. */
    static final String ERROR_ROUTE = "error";
    static final String NO_ROUTE = "none";

    private static final Duration[] BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private static final String STARTED = RouteMetrics.class.getName() + ".started";
    private static final String FAILED = RouteMetrics.class.getName() + ".failed";
    static final String ROUTE_OF_UI = RouteMetrics.class.getName() + ".route.";

    /** success: the page was shown; not_found: refused or unknown address; error: the page failed. */
    enum Outcome { SUCCESS, NOT_FOUND, ERROR }

    private final transient MeterRegistry meters;
    private final Map<Class<?>, String> templates = new ConcurrentHashMap<>();

    RouteMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
        event.getSource().addUIInitListener(init -> watchNavigation(init.getUI()));
        RouteConfiguration.forRegistry(event.getSource().getRouter().getRegistry()).getAvailableRoutes()
                .forEach(route -> registerEagerly(templateOf(event.getSource().getRouter(), route.getNavigationTarget())));
        registerEagerly(NO_ROUTE);
    }

    private void watchNavigation(UI ui) {
        NavigationClock clock = new NavigationClock();
        ui.addBeforeEnterListener(event -> clock.startIfIdle());
        ui.addAfterNavigationListener(event -> {
            String asked = routeAskedFor(event);
            rememberRoute(ui, asked);
            clock.stop().ifPresent(nanos -> recordNavigation(asked, outcomeOf(event), nanos));
        });
        ui.addDetachListener(detach -> forgetRoute(ui));
    }

    private void recordNavigation(String route, Outcome outcome, long nanos) {
        timer(NAVIGATION, "Building a page on navigation, by route template and outcome", route, outcome)
                .record(Duration.ofNanos(nanos));
    }

    private Timer timer(String name, String description, String route, Outcome outcome) {
        return Timer.builder(name).description(description)
                .tag("route", route).tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                .serviceLevelObjectives(BUCKETS)
                .register(meters);
    }

    /**
     * Registers a route's successful series at start, so rules and dashboards see zeros rather than
     * gaps; the error series of a route appear with its first error (keeps the series count down).
     */
    private void registerEagerly(String route) {
        timer(NAVIGATION, "Building a page on navigation, by route template and outcome", route, Outcome.SUCCESS);
        timer(ROUND_TRIP, "Server round trips of the browser, by route template and outcome", route, Outcome.SUCCESS);
    }

    /** The route of the address navigated to, also when an error view (refused, not found) shows instead. */
    private String routeAskedFor(AfterNavigationEvent event) {
        Router router = event.getSource();
        return router.getRegistry().getNavigationTarget(event.getLocation().getPath())
                .map(target -> templateOf(router, target)).orElse(NO_ROUTE);
    }

    private String templateOf(Router router, Class<? extends Component> target) {
        if (target == null || HasErrorParameter.class.isAssignableFrom(target)) {
            return ERROR_ROUTE;
        }
        return templates.computeIfAbsent(target, type -> RouteConfiguration.forRegistry(router.getRegistry())
                .getTemplate(target).map(RouteMetrics::withoutPatterns).orElse(NO_ROUTE));
    }

    /** {@code cohorts/:cohortId(\\d+)/skills} becomes {@code cohorts/:cohortId/skills}; the root is {@code /}. */
    static String withoutPatterns(String template) {
        String plain = template.replaceAll("\\([^/]*\\)", "");
        return plain.isEmpty() ? "/" : plain;
    }

    private static Outcome outcomeOf(AfterNavigationEvent event) {
        List<HasElement> chain = event.getActiveChain();
        if (!chain.isEmpty() && chain.getFirst() instanceof HasErrorParameter<?> errorView) {
            return notFoundView(errorView) ? Outcome.NOT_FOUND : Outcome.ERROR;
        }
        return Outcome.SUCCESS;
    }

    private static boolean notFoundView(HasErrorParameter<?> errorView) {
        Class<?> handled = ResolvableType.forClass(errorView.getClass()).as(HasErrorParameter.class).resolveGeneric(0);
        return handled != null && NotFoundException.class.isAssignableFrom(handled);
    }

    // --- round trips: the servlet session (thread-safe, no Vaadin lock needed) knows each UI's route

    private static void rememberRoute(UI ui, String route) {
        VaadinSession session = ui.getSession();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(ROUTE_OF_UI + ui.getUIId(), route);
        }
    }

    private static void forgetRoute(UI ui) {
        VaadinSession session = ui.getSession();
        if (session != null && session.getSession() != null) {
            try {
                session.getSession().removeAttribute(ROUTE_OF_UI + ui.getUIId());
            } catch (IllegalStateException sessionAlreadyInvalidated) {
                // nothing left to forget
            }
        }
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        if (HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)
                || HandlerHelper.isRequestType(request, HandlerHelper.RequestType.INIT)) {
            request.setAttribute(STARTED, System.nanoTime());
        }
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
        request.setAttribute(FAILED, Boolean.TRUE);
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        if (!(request.getAttribute(STARTED) instanceof Long started)) {
            return;
        }
        Outcome outcome = request.getAttribute(FAILED) != null ? Outcome.ERROR : Outcome.SUCCESS;
        timer(ROUND_TRIP, "Server round trips of the browser, by route template and outcome", routeOfRequest(request),
                outcome).record(Duration.ofNanos(System.nanoTime() - started));
    }

    private static String routeOfRequest(VaadinRequest request) {
        WrappedSession session = request.getWrappedSession(false);
        String uiId = request.getParameter("v-uiId");
        if (session == null || uiId == null) {
            return NO_ROUTE;
        }
        try {
            return session.getAttribute(ROUTE_OF_UI + uiId) instanceof String route ? route : NO_ROUTE;
        } catch (IllegalStateException sessionInvalidated) {
            return NO_ROUTE;
        }
    }

    /** One navigation at a time per UI (Vaadin runs a UI's events under its session lock). */
    private static final class NavigationClock {

        private long started;
        private boolean running;

        void startIfIdle() {
            if (!running) {
                started = System.nanoTime();
                running = true;
            }
        }

        Optional<Long> stop() {
            if (!running) {
                return Optional.empty();
            }
            running = false;
            return Optional.of(System.nanoTime() - started);
        }
    }
}
