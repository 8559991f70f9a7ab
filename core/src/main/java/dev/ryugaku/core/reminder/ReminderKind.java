package dev.ryugaku.core.reminder;

import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.MessageKeyed;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** What a reminder mail is about, and who may turn it off. */
public enum ReminderKind implements MessageKeyed {
    /** To a mentor: a check-in with a mentee is due tomorrow (in the mentor's zone). */
    CHECK_IN_DUE(Role.MENTOR),
    /** To a mentor: a check-in's time has passed and it is not recorded yet. */
    CHECK_IN_OVERDUE(Role.MENTOR),
    /** To a participant: their open action items due within two days. */
    ACTION_ITEMS_DUE(Role.PARTICIPANT),
    /** To a graduate: the follow-up on what they brought back home is due (90 days after the rotation). */
    FOLLOW_UP_DUE(Role.PARTICIPANT),
    /** To a program owner: the weekly digest of the attention queue. */
    ATTENTION_DIGEST(Role.PROGRAM_OWNER),
    /** To a new account: its password-setup link. Not a reminder one can turn off. */
    PASSWORD_SETUP(null),
    /** To a person whose password was replaced (under 設定 or by a setup link): in case it was not them. */
    PASSWORD_CHANGED(null),
    /** To the program channel: a cohort starts (its first rotation is activated), with who takes part and the mentors. */
    COHORT_STARTED(null),
    /** To the program channel: a rotation graduated. */
    ROTATION_GRADUATED(null),
    /** To the program channel: an improvement task is done, with its measured impact. */
    TASK_DONE(null);

    /** The kinds posted only to the program's Slack channel, never mailed; recorded by {@link ChannelPosts}. */
    public static final Set<ReminderKind> CHANNEL_POSTS = Set.of(COHORT_STARTED, ROTATION_GRADUATED, TASK_DONE);

    private final Role audience;

    ReminderKind(Role audience) {
        this.audience = audience;
    }

    /** The role that receives this kind; null for mails every account gets. */
    public Role audience() {
        return audience;
    }

    /** Whether a person can turn this kind off in their settings. */
    public boolean isOptional() {
        return audience != null;
    }

    /** The kinds a person with these roles receives and may turn off, in settings order. */
    public static List<ReminderKind> optionalFor(Set<Role> roles) {
        return Arrays.stream(values()).filter(kind -> kind.isOptional() && roles.contains(kind.audience)).toList();
    }

    @Override
    public String messageKey() {
        return "reminder.kind." + name();
    }

    /** A sentence telling when this kind is sent, for the settings page. */
    public String descriptionKey() {
        return "reminder.kind.description." + name();
    }
}
