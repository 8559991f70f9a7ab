package dev.ryugaku.web.checkin;

import dev.ryugaku.core.checkin.calendar.CalendarFeeds;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/{token}.ics}: a person's check-ins for calendar apps that subscribe to the
 * address. No sign-in: the secret token is the key; a revoked or unknown one answers 404.
 */
@RestController
@EnableConfigurationProperties(CheckInProperties.class)
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final CalendarFeedWriter writer;

    CalendarFeedController(CalendarFeeds feeds, CalendarFeedWriter writer) {
        this.feeds = feeds;
        this.writer = writer;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.calendarFor(token)
                .map(calendar -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("ryugaku.ics").build().toString())
                        // personal data under a secret address: no shared cache keeps it
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .header("X-Robots-Tag", "noindex")
                        .body(writer.write(calendar)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
