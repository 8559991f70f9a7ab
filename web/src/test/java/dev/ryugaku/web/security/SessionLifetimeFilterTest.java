package dev.ryugaku.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A session ends twelve hours after it began, however busy it was; the clock is moved, nobody waits. */
class SessionLifetimeFilterTest {

    private static final Duration TWELVE_HOURS = Duration.ofHours(12);

    private final MockHttpSession session = new MockHttpSession();

    private MockHttpServletRequest request(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        request.setSession(session);
        return request;
    }

    private Clock after(Duration sinceCreation) {
        return Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(sinceCreation), ZoneOffset.UTC);
    }

    /** What the rest of the chain sees: the request's session, or null when it was ended. */
    private Object sessionSeenAfter(Duration sinceCreation, String query) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        new SessionLifetimeFilter(TWELVE_HOURS, after(sinceCreation)).doFilter(request(query), new MockHttpServletResponse(),
                chain);
        return ((MockHttpServletRequest) chain.getRequest()).getSession(false);
    }

    @Test
    void aSessionYoungerThanTwelveHoursGoesOn() throws Exception {
        assertThat(sessionSeenAfter(Duration.ofHours(11).plusMinutes(59), "v-r=uidl&v-uiId=0")).isSameAs(session);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aVaadinHeartbeatAfterTwelveHoursFindsTheSessionEnded() throws Exception {
        assertThat(sessionSeenAfter(TWELVE_HOURS, "v-r=heartbeat&v-uiId=0")).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aPageRequestAfterThirteenHoursFindsTheSessionEnded() throws Exception {
        assertThat(sessionSeenAfter(Duration.ofHours(13), null)).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aRequestWithoutSessionIsLeftAlone() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        new SessionLifetimeFilter(TWELVE_HOURS, Clock.systemUTC()).doFilter(new MockHttpServletRequest("GET", "/login"),
                new MockHttpServletResponse(), chain);
        assertThat(((MockHttpServletRequest) chain.getRequest()).getSession(false)).isNull();
    }

    @Test
    void aLifetimeOfZeroIsRefusedAtStart() {
        assertThatThrownBy(() -> new SessionLifetimeFilter(Duration.ZERO, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
