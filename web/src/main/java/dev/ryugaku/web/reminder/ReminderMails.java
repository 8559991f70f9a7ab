package dev.ryugaku.web.reminder;

import dev.ryugaku.core.reminder.IntakeTopic;
import dev.ryugaku.core.reminder.ReminderContent;
import dev.ryugaku.core.reminder.ReminderMessage;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.i18n.Translations;
import dev.ryugaku.web.support.PublicLinks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The text of reminder mails, from the same message bundles as the UI: in the recipient's language,
 * times in the recipient's zone, with absolute links back into the app.
 */
@Component
class ReminderMails {

    /** The topics whose mail carries the owners' message, when they wrote one. */
    private static final Set<IntakeTopic> OWNER_DECISIONS = EnumSet.of(IntakeTopic.SELECTED, IntakeTopic.WAITLISTED,
            IntakeTopic.DECLINED);

    /** A mail's subject and plain-text body. */
    record Mail(String subject, String body) {
    }

    private final Translations translations;
    private final PublicLinks links;
    private final Clock clock;

    ReminderMails(Translations translations, PublicLinks links, Clock clock) {
        this.translations = translations;
        this.links = links;
        this.clock = clock;
    }

    Mail compose(ReminderMessage message) {
        Locale language = Translations.supported(message.recipient().locale());
        ZoneId zone = message.recipient().zone();
        Mail mail = switch (message.content()) {
            case ReminderContent.CheckIn checkIn -> {
                String key = "mail." + message.kind().name();
                String when = time(checkIn.scheduledAt(), zone, language);
                yield new Mail(text(language, key + ".subject", checkIn.menteeName(), when),
                        text(language, key + ".body", checkIn.menteeName(), when,
                                links.to("/checkins/" + checkIn.checkInId())));
            }
            case ReminderContent.ActionItems items -> new Mail(
                    text(language, "mail.ACTION_ITEMS_DUE.subject", items.items().size()),
                    text(language, "mail.ACTION_ITEMS_DUE.body", actionItemLines(items, zone, language), links.to("/")));
            case ReminderContent.FollowUp followUp -> new Mail(
                    text(language, "mail.FOLLOW_UP_DUE.subject", followUp.cohortName()),
                    text(language, "mail.FOLLOW_UP_DUE.body", followUp.cohortName(),
                            Formats.date(followUp.rotationEnd(), language),
                            links.to("/enrollments/" + followUp.enrollmentId() + "/follow-up")));
            case ReminderContent.AttentionDigest digest -> new Mail(
                    text(language, "mail.ATTENTION_DIGEST.subject", digest.entries().size()),
                    text(language, "mail.ATTENTION_DIGEST.body", attentionLines(digest, language), links.to("/")));
            case ReminderContent.PasswordSetupLink reset when reset.replacesPassword() -> new Mail(
                    text(language, "mail.PASSWORD_RESET.subject"),
                    text(language, "mail.PASSWORD_RESET.body", reset.link(), time(reset.expiresAt(), zone, language)));
            case ReminderContent.PasswordSetupLink setup -> new Mail(text(language, "mail.PASSWORD_SETUP.subject"),
                    text(language, "mail.PASSWORD_SETUP.body", setup.link(), time(setup.expiresAt(), zone, language),
                            message.recipient().email()));
            case ReminderContent.PasswordChangedNotice notice -> new Mail(text(language, "mail.PASSWORD_CHANGED.subject"),
                    text(language, "mail.PASSWORD_CHANGED.body", time(notice.changedAt(), zone, language), links.to("/login")));
            case ReminderContent.IntakeUpdate update -> intakeUpdate(update, language);
            case ReminderContent.IntakeTeamNotice notice -> {
                String key = "mail.INTAKE_TEAM." + notice.topic().name();
                yield new Mail(text(language, key + ".subject", notice.applicantName(), notice.cohortName()),
                        text(language, key + ".body", notice.applicantName(), notice.cohortName(),
                                Formats.date(notice.closesOn(), language), links.to("/intake/team")));
            }
            case ReminderContent.IntakeDecisions decisions -> new Mail(
                    text(language, "mail.INTAKE_DECISIONS.subject", decisions.cohortName(), decisions.awaiting()),
                    text(language, "mail.INTAKE_DECISIONS.body", decisions.cohortName(), decisions.awaiting(),
                            names(decisions.newlyAwaiting(), language), decisions.withdrawn().isEmpty() ? ""
                                    : text(language, "mail.INTAKE_DECISIONS.withdrawn", names(decisions.withdrawn(), language)),
                            links.to("/cohorts/" + decisions.cohortId() + "/intake")));
            case ReminderContent.IntakeClosing closing -> new Mail(
                    text(language, "mail.INTAKE_CLOSING.subject", closing.cohortName(),
                            Formats.date(closing.closesOn(), language)),
                    text(language, "mail.INTAKE_CLOSING.body", closing.cohortName(),
                            Formats.date(closing.closesOn(), language), intakeClosingLines(closing, language)));
            default -> throw new IllegalArgumentException("No mail text for " + message.kind());
        };
        StringBuilder body = new StringBuilder()
                .append(text(language, "mail.greeting", message.recipient().displayName())).append("\n\n")
                .append(mail.body()).append("\n\n");
        if (message.kind().isOptional()) {
            body.append(text(language, "mail.turnOff", links.to("/settings"))).append("\n\n");
        }
        body.append(text(language, "mail.signature"));
        return new Mail(mail.subject(), body.toString());
    }

    /** One line per item: "・text (due 2026/11/24 (火))", overdue ones said so, each linked to its check-in. */
    private String actionItemLines(ReminderContent.ActionItems items, ZoneId zone, Locale language) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return items.items().stream().map(item -> text(language,
                item.dueDate().isBefore(today) ? "mail.ACTION_ITEMS_DUE.overdueLine" : "mail.ACTION_ITEMS_DUE.line",
                item.text(), Formats.date(item.dueDate(), language), links.to("/checkins/" + item.checkInId())))
                .collect(Collectors.joining("\n"));
    }

    /** One line per participant: "・name (cohort, mentor): reason; reason", linked to the rotation. */
    private String attentionLines(ReminderContent.AttentionDigest digest, Locale language) {
        return digest.entries().stream().map(entry -> text(language, "mail.ATTENTION_DIGEST.line", entry.participantName(),
                entry.cohortName(), entry.mentorName() == null ? "—" : entry.mentorName(),
                entry.reasons().stream().map(reason -> text(language, reason.messageKey()))
                        .collect(Collectors.joining(text(language, "mail.reasonSeparator"))),
                links.to("/enrollments/" + entry.enrollmentId())))
                .collect(Collectors.joining("\n"));
    }

    /**
     * An applicant's step: a subject and a sentence per topic, then the manager's reason or the
     * owner's message when there is one, and the link to where they act (their rotation once enrolled).
     */
    private Mail intakeUpdate(ReminderContent.IntakeUpdate update, Locale language) {
        String key = "mail.INTAKE_UPDATE." + update.topic().name();
        StringBuilder body = new StringBuilder(text(language, key + ".body", update.cohortName(),
                update.nominatorName() == null ? text(language, "mail.INTAKE_UPDATE.yourManager") : update.nominatorName(),
                Formats.date(update.closesOn(), language),
                update.waitlistPosition() == null ? "—" : update.waitlistPosition()));
        if (update.managerReason() != null && update.topic() == IntakeTopic.MANAGER_DECLINED) {
            body.append("\n\n").append(text(language, "mail.INTAKE_UPDATE.managerReason", update.managerReason()));
        }
        if (update.ownerMessage() != null && OWNER_DECISIONS.contains(update.topic())) {
            body.append("\n\n").append(text(language, "mail.INTAKE_UPDATE.ownerMessage", update.ownerMessage()));
        }
        boolean rotation = update.enrollmentId() != null && (update.topic() == IntakeTopic.ENROLLED
                || update.topic() == IntakeTopic.SELECTED);
        body.append("\n\n").append(rotation
                ? text(language, "mail.INTAKE_UPDATE.rotationLink", links.to("/enrollments/" + update.enrollmentId()))
                : text(language, "mail.INTAKE_UPDATE.link", links.to("/intake")));
        return new Mail(text(language, key + ".subject", update.cohortName()), body.toString());
    }

    /** What waits on the recipient before intake closes: their nomination, approvals to give, or both. */
    private String intakeClosingLines(ReminderContent.IntakeClosing closing, Locale language) {
        List<String> lines = new ArrayList<>();
        if (closing.nominationToConfirm()) {
            lines.add(text(language, "mail.INTAKE_CLOSING.nomination", links.to("/intake")));
        }
        if (closing.approvalsToGive() > 0) {
            lines.add(text(language, "mail.INTAKE_CLOSING.approvals", closing.approvalsToGive(), links.to("/intake/team")));
        }
        return String.join("\n", lines);
    }

    /** Names in the language's list style, or "none". */
    private String names(List<String> names, Locale language) {
        return names.isEmpty() ? text(language, "mail.names.none")
                : String.join(text(language, "mail.names.separator"), names);
    }

    /** Date, weekday and time in the recipient's zone, with the zone named: "2026/11/24 (火) 10:00 Asia/Tokyo". */
    private static String time(Instant instant, ZoneId zone, Locale language) {
        return Formats.dateTime(instant, zone, language) + " " + zone.getId();
    }

    private String text(Locale language, String key, Object... arguments) {
        return translations.getTranslation(key, language, arguments);
    }
}
