package dev.ryugaku.web.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.checkin.CheckInDetail;
import dev.ryugaku.core.checkin.CheckInRecord;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who reads a check-in, who reads its private notes, and who records it — decided on the check-in.
 * The demo's 中村 has two mentors (渡辺 primary, 高橋 second) and held check-ins with private notes.
 */
@RyugakuTest
class CheckInPermissionMatrixTest {

    private static final String NAKAMURA = "nakamura";

    @Autowired
    CheckInService checkIns;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CheckInFixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long heldCheckInWithPrivateNotes() {
        return jdbc.queryForObject("""
                select c.id from check_in c join enrollment e on e.id = c.enrollment_id join person p on p.id = e.person_id
                where p.login_name = ? and c.private_notes is not null order by c.scheduled_at desc limit 1
                """, Long.class, NAKAMURA);
    }

    enum Sees { NOTES, WITHOUT_NOTES, NOTHING }

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(DemoPeople.OWNER, Sees.NOTES),
                Arguments.of(DemoPeople.OWNER_AND_MENTOR, Sees.NOTES),
                Arguments.of(DemoPeople.OTHER_MENTOR, Sees.NOTES),
                Arguments.of(DemoPeople.MENTOR, Sees.NOTES),
                Arguments.of(NAKAMURA, Sees.WITHOUT_NOTES),
                Arguments.of(DemoPeople.PARTICIPANT, Sees.NOTHING),
                Arguments.of(DemoPeople.PARTICIPANT2, Sees.NOTHING),
                Arguments.of(DemoPeople.GRADUATE, Sees.NOTHING));
    }

    @ParameterizedTest(name = "{0} reading 中村''s check-in sees {1}")
    @MethodSource("matrix")
    void privateNotesReachMentorsAndOwnersOnly(String user, Sees sees) {
        long id = heldCheckInWithPrivateNotes();
        signIn.as(user);
        if (sees == Sees.NOTHING) {
            assertThatThrownBy(() -> checkIns.detail(id)).isInstanceOf(RecordNotFoundException.class);
            return;
        }
        CheckInDetail detail = checkIns.detail(id);
        assertThat(detail.summary()).isNotBlank();
        if (sees == Sees.NOTES) {
            assertThat(detail.privateNotes()).isNotBlank();
            assertThat(detail.maySupervise()).isTrue();
        } else {
            assertThat(detail.privateNotes()).isNull();
            assertThat(detail.maySupervise()).isFalse();
        }
    }

    @Test
    void anOwnerEnrolledAsAParticipantNeverReceivesThePrivateNotesOnTheirOwnCheckIns() {
        CheckInFixtures.Talk talk = fixtures.talkSoonWithAnOwner();
        CheckInDetail recorded = checkIns.detail(talk.checkInId());
        checkIns.record(talk.checkInId(), recorded.version(), new CheckInRecord(2, 2, 2, "順調", "本人には見せないメモ", null));
        long version = checkIns.detail(talk.checkInId()).version();

        signIn.as(talk.rotation().login());
        CheckInDetail own = checkIns.detail(talk.checkInId());

        assertThat(own.summary()).isEqualTo("順調");
        assertThat(own.privateNotes()).isNull();
        assertThat(own.maySupervise()).isFalse();
        assertThat(checkIns.checkIns(talk.rotation().enrollmentId()).toString()).doesNotContain("本人には見せないメモ");
        assertThatThrownBy(() -> checkIns.record(talk.checkInId(), version,
                new CheckInRecord(3, 3, 3, "自分で記録", null, null))).isInstanceOf(NotPermittedException.class);
    }

    @ParameterizedTest(name = "{0} recording 中村''s check-in: {1}")
    @MethodSource("matrix")
    void onlyMentorsAndOwnersRecord(String user, Sees sees) {
        long id = heldCheckInWithPrivateNotes();
        signIn.as(DemoPeople.OWNER);
        CheckInDetail before = checkIns.detail(id);
        CheckInRecord same = new CheckInRecord(before.progress(), before.wellBeing(), before.confidence(), before.summary(),
                before.privateNotes(), before.blockers());
        signIn.as(user);
        switch (sees) {
            case NOTES -> checkIns.record(id, before.version(), same);
            case WITHOUT_NOTES -> assertThatThrownBy(() -> checkIns.record(id, before.version(), same))
                    .isInstanceOf(NotPermittedException.class);
            case NOTHING -> assertThatThrownBy(() -> checkIns.record(id, before.version(), same))
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }
}
