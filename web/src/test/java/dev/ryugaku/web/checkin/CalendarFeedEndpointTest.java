package dev.ryugaku.web.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.checkin.CheckInRow;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.core.checkin.calendar.CalendarFeeds;
import dev.ryugaku.core.people.PersonDetails;
import dev.ryugaku.core.people.PersonDraft;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.FreshRotations;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A calendar app fetches the feed over HTTP without signing in; the body is read back with iCal4j:
 * one event per check-in in the owner's zone (with its VTIMEZONE) and language. Unknown and revoked
 * addresses answer 404.
 */
@RyugakuTest
class CalendarFeedEndpointTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @Value("${ryugaku.public-url}")
    String publicUrl;

    @LocalServerPort
    int port;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    CheckInService checkIns;

    @Autowired
    PersonService people;

    @Autowired
    FreshRotations rotations;

    @Autowired
    SignIn signIn;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private HttpResponse<String> fetch(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendar/" + token + ".ics")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Calendar fetchCalendar(String token) throws Exception {
        HttpResponse<String> response = fetch(token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(response.body().split("\r\n")).as("lines of at most 75 octets (RFC 5545 3.1)")
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as("%s%n%s", validation, response.body()).isFalse();
        return calendar;
    }

    private static String value(PropertyListAccessor component, String property) {
        return component.<Property>getProperty(property).orElseThrow().getValue();
    }

    private static String tzid(VEvent event) {
        return event.<Property>getProperty(Property.DTSTART).orElseThrow().<Parameter>getParameter(Parameter.TZID)
                .orElseThrow().getValue();
    }

    /** The check-ins of a new rotation, by id; its participant speaks and lives as given. */
    private Map<Long, CheckInRow> rotationOfParticipantIn(FreshRotations.Fresh fresh, Locale language, ZoneId zone) {
        PersonDetails person = people.get(fresh.personId());
        PersonDraft draft = person.draft();
        draft.setLocale(language);
        draft.setZone(zone);
        people.update(fresh.personId(), person.version(), draft);
        return checkIns.checkIns(fresh.enrollmentId()).stream().collect(Collectors.toMap(CheckInRow::id, Function.identity()));
    }

    @Test
    void theParticipantsFeedListsTheirCheckInsInTheirZoneAndLanguage() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        FreshRotations.Fresh fresh = rotations.active(today.minusDays(10), today.plusDays(60));
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Map<Long, CheckInRow> planned = rotationOfParticipantIn(fresh, Locale.ENGLISH, berlin);
        signIn.as(fresh.login());
        String token = feeds.create();
        SignIn.out();

        Calendar calendar = fetchCalendar(token);

        assertThat(value(calendar, Property.PRODID)).isEqualTo(CalendarFeedWriter.PRODUCT_ID);
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(value(zones.getFirst(), Property.TZID)).isEqualTo("Europe/Berlin");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(planned.size()).isNotEmpty();
        for (VEvent event : events) {
            long id = Long.parseLong(value(event, Property.UID).replaceAll("^checkin-(\\d+)@ryugaku$", "$1"));
            CheckInRow checkIn = planned.get(id);
            assertThat(checkIn).as("a check-in of this rotation").isNotNull();
            assertThat(tzid(event)).isEqualTo("Europe/Berlin");
            assertThat(value(event, Property.DTSTART))
                    .isEqualTo(LocalDateTime.ofInstant(checkIn.scheduledAt(), berlin).format(LOCAL));
            assertThat(value(event, Property.DURATION)).isEqualTo("PT30M");
            assertThat(value(event, Property.SUMMARY)).isEqualTo("Check-in: 高橋 健太");
            // the configured public address of the test profile, not the address the calendar app used
            assertThat(value(event, Property.URL)).isEqualTo(publicUrl + "/checkins/" + id);
            assertThat(value(event, Property.DESCRIPTION)).contains("Status: Scheduled", "/checkins/" + id);
            assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        }
    }

    @Test
    void theMentorsFeedIsInJapaneseAndNamesTheMentee() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        FreshRotations.Fresh fresh = rotations.active(today.minusDays(3), today.plusDays(30));
        Map<Long, CheckInRow> planned = rotationOfParticipantIn(fresh, Locale.ENGLISH, ZoneId.of("America/New_York"));
        signIn.as(DemoPeople.MENTOR);
        String token = feeds.create();
        SignIn.out();

        Calendar calendar = fetchCalendar(token);

        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Ryugaku チェックイン");
        List<VEvent> mentees = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> planned.keySet().stream().anyMatch(id -> value(event, Property.UID).equals("checkin-" + id + "@ryugaku")))
                .toList();
        assertThat(mentees).hasSize(planned.size()).allSatisfy(event -> {
            assertThat(value(event, Property.SUMMARY)).isEqualTo("チェックイン: ログ 太郎");
            assertThat(tzid(event)).isEqualTo("Asia/Tokyo");
            assertThat(value(event, Property.DESCRIPTION)).contains("状態: 予定");
        });
    }

    @Test
    void unknownAndRevokedAddressesAnswerNotFoundWithoutAskingToSignIn() throws Exception {
        assertThat(fetch("no-such-token-at-all").statusCode()).isEqualTo(404);
        signIn.as(DemoPeople.PARTICIPANT);
        String token = feeds.create();
        assertThat(fetch(token).statusCode()).isEqualTo(200);

        feeds.revoke();

        assertThat(fetch(token).statusCode()).isEqualTo(404);
    }
}
