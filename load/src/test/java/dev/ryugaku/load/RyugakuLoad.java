package dev.ryugaku.load;

import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Users at work on the "large" program (issue 14): participants open their home and their work log
 * and save the week, mentors record a check-in and open a mentee's week review, owners open the
 * dashboard; 5–10 s of thinking between steps; each signs in through the login form and out at the
 * end. Run by bench/load.sh against the packaged app on this machine; heap and sessions are read
 * before and after through {@link RunFacts}.
 */
public class RyugakuLoad extends Simulation {

    static final Path FEEDERS = Path.of(System.getProperty("load.feeders", "../bench/data/load"));
    static final int USERS = Integer.getInteger("load.users", 200);
    private static final int RAMP_SECONDS = Integer.getInteger("load.rampSeconds", 60);
    private static final int ROUNDS = Integer.getInteger("load.rounds", 5);
    private static final Duration THINK_MIN = Duration.ofSeconds(Integer.getInteger("load.thinkMinSeconds", 5));
    private static final Duration THINK_MAX = Duration.ofSeconds(Integer.getInteger("load.thinkMaxSeconds", 10));

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(System.getProperty("load.baseUrl", "http://localhost:8383"))
                .acceptLanguageHeader("ja,en;q=0.8")
                .userAgentHeader("ryugaku-load");
    }

    static FeederBuilder<String> users(String file) {
        return csv(FEEDERS.resolve(file).toAbsolutePath().toString()).circular();
    }

    private static ChainBuilder think() {
        return pause(THINK_MIN, THINK_MAX);
    }

    /** Minutes typed into today's learning cell: some other number each time, so every save changes the week. */
    private static String minutes() {
        return String.valueOf(15 * ThreadLocalRandom.current().nextInt(1, 33));
    }

    static String todaysLearningCell() {
        return "cell-" + LocalDate.now(ZoneId.of("Asia/Tokyo")).getDayOfWeek().name().toLowerCase(Locale.ROOT) + "-learning";
    }

    static ScenarioBuilder participants() {
        return scenario("participants").feed(users("participants.csv"))
                .exec(VaadinUi.signIn(), VaadinUi.openUi("participant: open home", session -> ""), think())
                .exec(repeat(ROUNDS).on(
                        VaadinUi.navigate("participant: open work log", session -> "worklog"), think(),
                        VaadinUi.save("participant: save week", session -> VaadinUi.typed(session, todaysLearningCell(), minutes())
                                + "," + VaadinUi.click(session, "save-week")), think(),
                        VaadinUi.navigate("participant: open home", session -> ""), think()))
                .exec(VaadinUi.signOut());
    }

    static ScenarioBuilder mentors() {
        return scenario("mentors").feed(users("mentors.csv"))
                .exec(VaadinUi.signIn(), VaadinUi.openUi("mentor: open home", session -> ""), think())
                .exec(repeat(ROUNDS).on(
                        VaadinUi.navigate("mentor: open check-in", session -> "checkins/" + session.getString("checkIn")), think(),
                        VaadinUi.save("mentor: record check-in", session -> VaadinUi.typed(session, "checkin-summary",
                                "負荷試験のサマリー " + minutes()) + "," + VaadinUi.click(session, "checkin-record-save")), think(),
                        VaadinUi.navigate("mentor: open review", session -> "worklog/" + session.getString("rotation")), think(),
                        VaadinUi.navigate("mentor: open home", session -> ""), think()))
                .exec(VaadinUi.signOut());
    }

    static ScenarioBuilder owners() {
        return scenario("owners").feed(users("owners.csv"))
                .exec(VaadinUi.signIn(), VaadinUi.openUi("owner: open home", session -> ""), think())
                .exec(repeat(ROUNDS).on(
                        VaadinUi.navigate("owner: open dashboard", session -> "dashboard"), think(),
                        VaadinUi.navigate("owner: open home", session -> ""), think()))
                .exec(VaadinUi.signOut());
    }

    private RunFacts facts;

    {
        // six in ten participants, three mentors, one owner
        int participants = USERS * 6 / 10;
        int mentors = USERS * 3 / 10;
        Duration ramp = Duration.ofSeconds(RAMP_SECONDS);
        setUp(participants().injectOpen(rampUsers(participants).during(ramp)),
                mentors().injectOpen(rampUsers(mentors).during(ramp)),
                owners().injectOpen(rampUsers(USERS - participants - mentors).during(ramp)))
                .protocols(protocol());
    }

    @Override
    public void before() {
        facts = RunFacts.start(USERS);
    }

    @Override
    public void after() {
        facts.finish();
    }
}
