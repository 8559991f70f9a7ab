package dev.ryugaku.web.retrospective;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.retrospective.FeedbackService;
import dev.ryugaku.web.DemoPeople;
import dev.ryugaku.web.RyugakuTest;
import dev.ryugaku.web.SignIn;
import dev.ryugaku.web.StatementCount;
import dev.ryugaku.web.enrollment.EnrollmentFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The feedback page costs the same few statements whatever the number of cohorts and answers. */
@RyugakuTest
class FeedbackStatementCountTest {

    @Autowired
    FeedbackService feedback;

    @Autowired
    EnrollmentFixtures fixtures;

    @Autowired
    RotationEnds ends;

    @Autowired
    SignIn signIn;

    @Autowired
    StatementCount statements;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void thePageIsAFixedNumberOfQueriesWithFewOrManyCohortsAndAnswers() {
        signIn.as(DemoPeople.OWNER);
        feedback.page(null); // the first call of a test JVM also prepares the queries
        long withAnswers = statements.of(() -> feedback.page(fixtures.cohortId("第1期")));
        long withoutAnswers = statements.of(() -> feedback.page(fixtures.cohortId("第2期")));
        for (int i = 0; i < 3; i++) {
            ends.submitRetrospective(ends.endingSoon(), 8, "もう一つの期");
        }
        signIn.as(DemoPeople.OWNER);
        long moreCohorts = statements.of(() -> feedback.page(fixtures.cohortId("第1期")));
        // 7 for the feedback itself, 2 for the skills feature's growth column
        assertThat(withAnswers).isEqualTo(moreCohorts).isLessThanOrEqualTo(9);
        assertThat(withoutAnswers).isLessThanOrEqualTo(withAnswers);
        assertThat(statements.of(() -> feedback.cohort(fixtures.cohortId("第1期")))).isLessThanOrEqualTo(9);
    }
}
