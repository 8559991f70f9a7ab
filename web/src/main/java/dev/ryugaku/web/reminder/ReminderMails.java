package dev.ryugaku.web.reminder;

import dev.ryugaku.core.reminder.ReminderContent;
import dev.ryugaku.core.reminder.ReminderMessage;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.i18n.Translations;
import dev.ryugaku.web.support.PublicLinks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The text of reminder mails, from the same message bundles as the UI: in the recipient's language,
 * times in the recipient's zone, with absolute links back into the app.
 */
@Component
class ReminderMails {

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

    /** Date, weekday and time in the recipient's zone, with the zone named: "2026/11/24 (火) 10:00 Asia/Tokyo". */
    private static String time(Instant instant, ZoneId zone, Locale language) {
        return Formats.dateTime(instant, zone, language) + " " + zone.getId();
    }

    private String text(Locale language, String key, Object... arguments) {
        return translations.getTranslation(key, language, arguments);
    }
}
