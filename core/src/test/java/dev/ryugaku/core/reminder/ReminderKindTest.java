package dev.ryugaku.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderKindTest {

    @Test
    void eachRoleMayTurnOffTheRemindersItReceives() {
        assertThat(ReminderKind.optionalFor(Set.of(Role.MENTOR), false))
                .containsExactly(ReminderKind.CHECK_IN_DUE, ReminderKind.CHECK_IN_OVERDUE, ReminderKind.INTAKE_UPDATE,
                        ReminderKind.INTAKE_CLOSING);
        assertThat(ReminderKind.optionalFor(Set.of(Role.PARTICIPANT), false))
                .containsExactly(ReminderKind.ACTION_ITEMS_DUE, ReminderKind.FOLLOW_UP_DUE, ReminderKind.INTAKE_UPDATE,
                        ReminderKind.INTAKE_CLOSING);
        assertThat(ReminderKind.optionalFor(Set.of(Role.PROGRAM_OWNER, Role.MENTOR), false))
                .containsExactly(ReminderKind.CHECK_IN_DUE, ReminderKind.CHECK_IN_OVERDUE, ReminderKind.ATTENTION_DIGEST,
                        ReminderKind.INTAKE_UPDATE, ReminderKind.INTAKE_DECISIONS, ReminderKind.INTAKE_CLOSING);
    }

    @Test
    void anApplicantWithoutRoleMayTurnOffTheIntakeNotices() {
        assertThat(ReminderKind.optionalFor(Set.of(), false))
                .containsExactly(ReminderKind.INTAKE_UPDATE, ReminderKind.INTAKE_CLOSING);
    }

    @Test
    void aTeamsManagerReceivesTheTeamsIntakeNotices() {
        assertThat(ReminderKind.optionalFor(Set.of(), true))
                .containsExactly(ReminderKind.INTAKE_UPDATE, ReminderKind.INTAKE_TEAM, ReminderKind.INTAKE_CLOSING);
    }

    @Test
    void thePasswordSetupMailCannotBeTurnedOff() {
        assertThat(ReminderKind.PASSWORD_SETUP.isOptional()).isFalse();
        assertThat(ReminderKind.optionalFor(Set.of(Role.values()), true)).doesNotContain(ReminderKind.PASSWORD_SETUP);
    }
}
