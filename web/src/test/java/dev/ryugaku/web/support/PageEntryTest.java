package dev.ryugaku.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import dev.ryugaku.core.shared.RecordNotFoundException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Entering a record page: the id from the route, the record, or "not found". */
class PageEntryTest {

    private static BeforeEnterEvent entering(RouteParameters parameters) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getRouteParameters()).thenReturn(parameters);
        return event;
    }

    @Test
    void theRecordNamedByTheRouteIsLoaded() {
        BeforeEnterEvent event = entering(new RouteParameters("taskId", "42"));

        assertThat(PageEntry.load(event, "taskId", id -> "task " + id)).contains("task 42");
        verify(event, never()).rerouteToError(NotFoundException.class);
    }

    @Test
    void anIdThatDoesNotExistOrMayNotBeSeenShowsNotFound() {
        BeforeEnterEvent event = entering(new RouteParameters("taskId", "42"));

        Optional<String> loaded = PageEntry.load(event, "taskId", id -> {
            throw new RecordNotFoundException("Task", id);
        });

        assertThat(loaded).isEmpty();
        verify(event).rerouteToError(NotFoundException.class);
    }

    @Test
    void theRotationInTheRouteWinsOverMyOwn() {
        BeforeEnterEvent event = entering(new RouteParameters("enrollmentId", "7"));

        assertThat(PageEntry.rotation(event, "enrollmentId", () -> Optional.of(3L))).contains(7L);
    }

    @Test
    void withoutAnIdInTheRouteItIsMyOwnRotationOrNone() {
        BeforeEnterEvent event = entering(RouteParameters.empty());

        assertThat(PageEntry.rotation(event, "enrollmentId", () -> Optional.of(3L))).contains(3L);
        assertThat(PageEntry.rotation(event, "enrollmentId", Optional::empty)).isEmpty();
    }
}
