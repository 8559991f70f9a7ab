package dev.ryugaku.web.people;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ryugaku.core.people.PeopleImport;
import dev.ryugaku.core.people.PersonDraft;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.core.people.TeamKind;
import dev.ryugaku.core.people.TeamService;
import dev.ryugaku.core.security.NotPermittedException;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** People, teams and imports are for program owners only: every operation, every other role. */
@RyugakuTest
class PeoplePermissionMatrixTest {

    record Services(PersonService people, TeamService teams, PeopleImport imports, long somebody) {
    }

    static Stream<Arguments> ownerOnlyOperations() {
        Stream<Arguments> operations = Stream.of(
                Arguments.of("search people", (Consumer<Services>) s -> s.people().search("", PageRequest.of(0, 10))),
                Arguments.of("count people", (Consumer<Services>) s -> s.people().count("")),
                Arguments.of("open a person", (Consumer<Services>) s -> s.people().get(s.somebody())),
                Arguments.of("create a person", (Consumer<Services>) s -> s.people().create(new PersonDraft())),
                Arguments.of("edit a person", (Consumer<Services>) s -> s.people().update(s.somebody(), 0, new PersonDraft())),
                Arguments.of("deactivate", (Consumer<Services>) s -> s.people().deactivate(s.somebody(), 0)),
                Arguments.of("reactivate", (Consumer<Services>) s -> s.people().reactivate(s.somebody(), 0)),
                Arguments.of("issue a setup link", (Consumer<Services>) s -> s.people().issuePasswordSetup(s.somebody())),
                Arguments.of("list teams", (Consumer<Services>) s -> s.teams().list(PageRequest.of(0, 10))),
                Arguments.of("create a team", (Consumer<Services>) s -> s.teams().create("x", TeamKind.PRODUCT)),
                Arguments.of("edit a team", (Consumer<Services>) s -> s.teams().update(1, 0, "x", TeamKind.PRODUCT)),
                Arguments.of("preview an import", (Consumer<Services>) s -> s.imports().preview(csv())),
                Arguments.of("import", (Consumer<Services>) s -> s.imports().importAll(csv())));
        return operations.flatMap(op -> Stream.of(DemoPeople.MENTOR, DemoPeople.PARTICIPANT, DemoPeople.OTHER_MENTOR)
                .map(user -> Arguments.of(user, op.get()[0], op.get()[1])));
    }

    private static byte[] csv() {
        return "email,display_name,team,roles,locale\nx@example.com,X,,PARTICIPANT,ja\n".getBytes(StandardCharsets.UTF_8);
    }

    @Autowired
    PersonService people;

    @Autowired
    TeamService teams;

    @Autowired
    PeopleImport imports;

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @MethodSource("ownerOnlyOperations")
    void onlyProgramOwnersManagePeopleAndTeams(String user, String operation, Consumer<Services> call) {
        long somebody = fixtures.personId("kato");
        signIn.as(user);
        assertThatThrownBy(() -> call.accept(new Services(people, teams, imports, somebody)))
                .isInstanceOf(NotPermittedException.class);
    }

    static Stream<Arguments> readOperations() {
        return Stream.of(
                Arguments.of("search people", (Consumer<Services>) s -> s.people().search("", PageRequest.of(0, 10))),
                Arguments.of("open a person", (Consumer<Services>) s -> s.people().get(s.somebody())),
                Arguments.of("list teams", (Consumer<Services>) s -> s.teams().list(PageRequest.of(0, 10))),
                Arguments.of("preview an import", (Consumer<Services>) s -> s.imports().preview(csv())));
    }

    @ParameterizedTest(name = "an owner may {0}")
    @MethodSource("readOperations")
    void programOwnersMay(String operation, Consumer<Services> call) {
        long somebody = fixtures.personId("kato");
        signIn.as(DemoPeople.OWNER);
        assertThatCode(() -> call.accept(new Services(people, teams, imports, somebody))).doesNotThrowAnyException();
    }
}
