package dev.ryugaku.web.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.checkin.CheckInRow;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.core.checkin.calendar.CalendarEntry;
import dev.ryugaku.core.checkin.calendar.CalendarFeeds;
import dev.ryugaku.core.checkin.calendar.SubscribedCalendar;
import dev.ryugaku.core.people.PersonDetails;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.FreshRotations;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Secret calendar addresses: one works at a time per person, a revoked one shows nothing, and a
 * feed holds exactly the check-ins of the rotations its owner takes part in.
 */
@RyugakuTest
class CalendarFeedsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    CheckInService checkIns;

    @Autowired
    FreshRotations rotations;

    @Autowired
    PersonService people;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private FreshRotations.Fresh rotation() {
        LocalDate today = LocalDate.now(TOKYO);
        return rotations.active(today.minusDays(10), today.plusDays(60));
    }

    private List<Long> checkInIds(FreshRotations.Fresh fresh) {
        signIn.as(DemoPeople.OWNER);
        return checkIns.checkIns(fresh.enrollmentId()).stream().map(CheckInRow::id).toList();
    }

    private List<CalendarEntry> entries(String token) {
        return feeds.calendarFor(token).orElseThrow().entries();
    }

    @Test
    void aNewAddressWorksAndTheOneBeforeItStops() {
        signIn.as(DemoPeople.PARTICIPANT2);
        String first = feeds.create();
        assertThat(feeds.calendarFor(first)).isPresent();
        assertThat(feeds.activeSince()).isPresent();

        String second = feeds.create();

        assertThat(second).isNotEqualTo(first).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(feeds.calendarFor(first)).isEmpty();
        assertThat(feeds.calendarFor(second)).isPresent();
    }

    @Test
    void aRevokedAddressShowsNothing() {
        signIn.as(DemoPeople.OTHER_MENTOR);
        String token = feeds.create();

        assertThat(feeds.revoke()).isTrue();

        assertThat(feeds.calendarFor(token)).isEmpty();
        assertThat(feeds.activeSince()).isEmpty();
        assertThat(feeds.revoke()).isFalse();
    }

    @Test
    void unknownAndMalformedTokensShowNothing() {
        assertThat(feeds.calendarFor("x".repeat(43))).isEmpty();
        assertThat(feeds.calendarFor("")).isEmpty();
        assertThat(feeds.calendarFor(null)).isEmpty();
        assertThat(feeds.calendarFor("a".repeat(5000))).isEmpty();
    }

    @Test
    void onlyTheHashOfTheTokenIsStored(@Autowired JdbcTemplate jdbc) {
        signIn.as(DemoPeople.GRADUATE);
        String token = feeds.create();
        List<String> stored = jdbc.queryForList("select token_hash from calendar_feed", String.class);
        assertThat(stored).doesNotContain(token).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
    }

    @Test
    void theParticipantSeesTheirOwnCheckInsWithTheirMentor() {
        FreshRotations.Fresh fresh = rotation();
        List<Long> own = checkInIds(fresh);
        signIn.as(fresh.login());
        String token = feeds.create();

        SubscribedCalendar calendar = feeds.calendarFor(token).orElseThrow();

        assertThat(calendar.language()).isEqualTo(Locale.JAPANESE);
        assertThat(calendar.zone()).isEqualTo(TOKYO);
        assertThat(calendar.entries()).extracting(CalendarEntry::checkInId).containsExactlyElementsOf(own);
        assertThat(calendar.entries()).allSatisfy(entry -> {
            assertThat(entry.counterpart()).isEqualTo("高橋 健太");
            assertThat(entry.asMentor()).isFalse();
            assertThat(entry.cohortName()).isNotBlank();
        });
    }

    @Test
    void theMentorSeesTheirMenteesCheckInsAndOthersNeverAppear() {
        FreshRotations.Fresh mentee = rotation();
        List<Long> menteeCheckIns = checkInIds(mentee);

        signIn.as(DemoPeople.MENTOR);
        List<CalendarEntry> mentors = entries(feeds.create());
        assertThat(mentors).extracting(CalendarEntry::checkInId).containsAll(menteeCheckIns);
        assertThat(mentors).filteredOn(entry -> menteeCheckIns.contains(entry.checkInId()))
                .allSatisfy(entry -> {
                    assertThat(entry.counterpart()).isEqualTo("ログ 太郎");
                    assertThat(entry.asMentor()).isTrue();
                });

        // a mentor of another cohort and another participant see none of them
        for (String stranger : List.of(DemoPeople.OTHER_MENTOR, DemoPeople.PARTICIPANT2, DemoPeople.PARTICIPANT)) {
            signIn.as(stranger);
            assertThat(entries(feeds.create())).as(stranger).extracting(CalendarEntry::checkInId)
                    .doesNotContainAnyElementsOf(menteeCheckIns);
        }
        // and the mentee sees no other rotation's check-ins
        signIn.as(mentee.login());
        assertThat(entries(feeds.create())).extracting(CalendarEntry::checkInId).containsExactlyElementsOf(menteeCheckIns);
    }

    @Test
    void aDeactivatedPersonsAddressStopsWorking() {
        FreshRotations.Fresh fresh = rotation();
        signIn.as(fresh.login());
        String token = feeds.create();
        signIn.as(DemoPeople.OWNER);
        PersonDetails person = people.get(fresh.personId());

        people.deactivate(fresh.personId(), person.version());

        assertThat(feeds.calendarFor(token)).isEmpty();
    }

    @Test
    void aFeedCostsTwoStatementsHoweverManyRotationsItSpans(@Autowired EntityManagerFactory entityManagerFactory) {
        rotation();
        rotation();
        signIn.as(DemoPeople.MENTOR);
        String mentors = feeds.create();
        signIn.as(DemoPeople.PARTICIPANT);
        String participants = feeds.create();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        List<CalendarEntry> many = entries(mentors);
        long forMentor = statistics.getPrepareStatementCount();
        statistics.clear();
        entries(participants);
        long forParticipant = statistics.getPrepareStatementCount();

        assertThat(many.stream().map(CalendarEntry::cohortName).distinct()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(forMentor).isEqualTo(forParticipant).isEqualTo(2);
    }
}
