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
    PASSWORD_SETUP,
    /** To a person whose password was replaced (under 設定 or by a setup link): in case it was not them. */
    PASSWORD_CHANGED,
    /** To the program channel: a cohort starts (its first rotation is activated), with who takes part and the mentors. */
    COHORT_STARTED,
    /** To the program channel: a rotation graduated. */
    ROTATION_GRADUATED,
    /** To the program channel: an improvement task is done, with its measured impact. */
    TASK_DONE,
    /** To an applicant (anyone may apply): their application moved on — nominated, approved, selected, enrolled … */
    INTAKE_UPDATE(Audience.EVERYONE),
    /** To a home-team manager: an application of their team awaits their approval, or a member's one moved on. */
    INTAKE_TEAM(Audience.TEAM_MANAGERS),
    /** To a program owner: the day's applications that became theirs to decide, and withdrawals. */
    INTAKE_DECISIONS(Audience.OWNERS),
    /** To a nominee not yet confirmed and a manager with approvals to give: intake closes in two days. */
    INTAKE_CLOSING(Audience.EVERYONE);

    /** The kinds posted only to the program's Slack channel, never mailed; recorded by {@link ChannelPosts}. */
    public static final Set<ReminderKind> CHANNEL_POSTS = Set.of(COHORT_STARTED, ROTATION_GRADUATED, TASK_DONE);

    /** Who receives a kind and may turn it off. */
    public enum Audience {
        MENTORS, PARTICIPANTS, OWNERS,
        /** People marked as a team's manager: a mark on the team, not a role. */
        TEAM_MANAGERS,
        /** Every signed-in person, with or without a role (e.g. an applicant). */
        EVERYONE;

        static Audience of(Role role) {
            return switch (role) {
                case MENTOR -> MENTORS;
                case PARTICIPANT -> PARTICIPANTS;
                case PROGRAM_OWNER -> OWNERS;
            };
        }

        boolean includes(Set<Role> roles, boolean managesTeam) {
            return switch (this) {
                case MENTORS -> roles.contains(Role.MENTOR);
                case PARTICIPANTS -> roles.contains(Role.PARTICIPANT);
                case OWNERS -> roles.contains(Role.PROGRAM_OWNER);
                case TEAM_MANAGERS -> managesTeam;
                case EVERYONE -> true;
            };
        }
    }

    private final Audience audience;

    /** A kind every account gets and cannot turn off, or a post to the program channel. */
    ReminderKind() {
        this((Audience) null);
    }

    ReminderKind(Role role) {
        this(Audience.of(role));
    }

    ReminderKind(Audience audience) {
        this.audience = audience;
    }

    /** Who receives this kind; null for mails every account gets and cannot turn off. */
    public Audience audience() {
        return audience;
    }

    /** Whether a person can turn this kind off in their settings. */
    public boolean isOptional() {
        return audience != null;
    }

    /** The kinds a person with these roles receives and may turn off, in settings order. */
    public static List<ReminderKind> optionalFor(Set<Role> roles, boolean managesTeam) {
        return Arrays.stream(values()).filter(kind -> kind.isOptional() && kind.audience.includes(roles, managesTeam))
                .toList();
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
