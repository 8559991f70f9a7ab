package dev.ryugaku.web.intake;

import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.intake.ApplicationDraft;
import dev.ryugaku.core.intake.IntakeService;
import dev.ryugaku.core.intake.RoundDraft;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import dev.ryugaku.core.people.Team;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.people.TeamRepository;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.cohort.CohortTestData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A fresh intake world per test: a planned cohort with an open round, two product teams each with
 * a manager, and people of those teams (saved directly, so no setup mail goes out).
 */
@Component
public class IntakeFixtures {

    private final PersonRepository people;
    private final TeamRepository teams;
    private final CohortService cohorts;
    private final IntakeService intake;
    private final SignIn signIn;
    private final Clock clock;

    IntakeFixtures(PersonRepository people, TeamRepository teams, CohortService cohorts, IntakeService intake,
                   SignIn signIn, Clock clock) {
        this.people = people;
        this.teams = teams;
        this.cohorts = cohorts;
        this.intake = intake;
        this.signIn = signIn;
        this.clock = clock;
    }

    /** A world whose round asks for the manager's approval, for a cohort with the given capacity. */
    public World world(int capacity, boolean approvalRequired) {
        Team team = teams.save(new Team("募集チーム " + UUID.randomUUID(), TeamKind.PRODUCT));
        Team otherTeam = teams.save(new Team("別チーム " + UUID.randomUUID(), TeamKind.PRODUCT));
        Person manager = person("部長 一郎", team);
        Person otherManager = person("部長 二郎", otherTeam);
        team.setManagerId(manager.getId());
        teams.save(team);
        otherTeam.setManagerId(otherManager.getId());
        teams.save(otherTeam);
        Person applicant = person("応募 花子", team);
        Person teammate = person("同僚 太郎", team);
        Person otherApplicant = person("他所 次郎", otherTeam, Role.PARTICIPANT);
        signIn.as(DemoPeople.OWNER);
        var draft = CohortTestData.validDraft(cohorts);
        draft.setCapacity(capacity);
        long cohortId = cohorts.create(draft);
        LocalDate today = LocalDate.now(clock.withZone(Person.DEFAULT_ZONE));
        RoundDraft round = new RoundDraft(today.minusDays(1), today.plusDays(20), true, true, true, true,
                approvalRequired);
        long roundId = intake.openRound(cohortId, round);
        SignIn.out();
        return new World(cohortId, roundId, team.getId(), manager.getLoginName(), otherManager.getLoginName(), applicant.getLoginName(),
                applicant.getId(), teammate.getLoginName(), teammate.getId(), otherApplicant.getLoginName());
    }

    /** The person applies with a motivation and stays signed in; returns the application's id. */
    public long apply(String login, long roundId) {
        signIn.as(login);
        return intake.apply(roundId, answers());
    }

    /** One more person of the world's team, to nominate. */
    public Member teamMember(World world) {
        Person person = person("推薦 三郎", teams.findById(world.teamId()).orElseThrow());
        return new Member(person.getId(), person.getLoginName());
    }

    public record Member(long personId, String login) {
    }

    public static ApplicationDraft answers() {
        return new ApplicationDraft("SLOを自分で定義できるようになりたい。", Set.of(), "アラート整理", "4月から");
    }

    private Person person(String name, Team home, Role... roles) {
        String email = "intake-" + UUID.randomUUID() + "@example.com";
        return people.save(new Person(name, email, email, Locale.JAPANESE, Person.DEFAULT_ZONE, Set.of(roles), home));
    }

    /** Sign-in names and ids of one test's intake world. */
    public record World(long cohortId, long roundId, long teamId, String manager, String otherManager, String applicant,
                        long applicantId, String teammate, long teammateId, String otherApplicant) {
    }
}
