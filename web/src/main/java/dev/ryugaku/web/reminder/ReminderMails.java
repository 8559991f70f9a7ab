package dev.ryugaku.web.reminder;

import dev.ryugaku.core.reminder.ReminderContent;
import dev.ryugaku.core.reminder.ReminderMessage;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.i18n.Translations;
import dev.ryugaku.web.people.PublicLinks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
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

    ReminderMails(Translations translations, PublicLinks links) {
        this.translations = translations;
        this.links = links;
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
            case ReminderContent.PasswordSetupLink setup -> new Mail(text(language, "mail.PASSWORD_SETUP.subject"),
                    text(language, "mail.PASSWORD_SETUP.body", setup.link(), time(setup.expiresAt(), zone, language),
                            message.recipient().email()));
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

    /** Date, weekday and time in the recipient's zone, with the zone named: "2026/11/24 (火) 10:00 Asia/Tokyo". */
    private static String time(Instant instant, ZoneId zone, Locale language) {
        return Formats.dateTime(instant, zone, language) + " " + zone.getId();
    }

    private String text(Locale language, String key, Object... arguments) {
        return translations.getTranslation(key, language, arguments);
    }
}
