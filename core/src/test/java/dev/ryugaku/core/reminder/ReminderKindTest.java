package dev.ryugaku.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.core.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderKindTest {

    @Test
    void eachRoleMayTurnOffTheRemindersItReceives() {
        assertThat(ReminderKind.optionalFor(Set.of(Role.MENTOR)))
                .containsExactly(ReminderKind.CHECK_IN_DUE, ReminderKind.CHECK_IN_OVERDUE);
        assertThat(ReminderKind.optionalFor(Set.of(Role.PARTICIPANT)))
                .containsExactly(ReminderKind.ACTION_ITEMS_DUE, ReminderKind.FOLLOW_UP_DUE);
        assertThat(ReminderKind.optionalFor(Set.of(Role.PROGRAM_OWNER, Role.MENTOR)))
                .containsExactly(ReminderKind.CHECK_IN_DUE, ReminderKind.CHECK_IN_OVERDUE, ReminderKind.ATTENTION_DIGEST);
    }

    @Test
    void thePasswordSetupMailCannotBeTurnedOff() {
        assertThat(ReminderKind.PASSWORD_SETUP.isOptional()).isFalse();
        assertThat(ReminderKind.optionalFor(Set.of(Role.values()))).doesNotContain(ReminderKind.PASSWORD_SETUP);
    }
}
