package dev.ryugaku.web.reminder;

import dev.ryugaku.core.reminder.ReminderMailer;
import dev.ryugaku.core.reminder.ReminderMessage;
import dev.ryugaku.web.i18n.Translations;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends reminder mails as plain text over SMTP ({@code spring.mail.*}, set from the
 * {@code RYUGAKU_SMTP_*} environment variables). With no SMTP host configured — the embedded demo —
 * nothing is sent: the mail's kind, recipient and subject are logged instead, never its body
 * (a password-setup mail holds a live link).
 */
@Component
public class MailDelivery implements ReminderMailer {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ReminderMails mails;
    private final JavaMailSender sender;
    private final String from;

    MailDelivery(ReminderMails mails, ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
                 @Value("${ryugaku.mail.from:Ryugaku <ryugaku@localhost>}") String from) {
        this.mails = mails;
        this.sender = host.isBlank() ? null : sender.getIfAvailable();
        this.from = from;
    }

    /** Whether mails go out at all: an SMTP host is configured. */
    public boolean isConfigured() {
        return sender != null;
    }

    @Override
    public boolean send(ReminderMessage message) {
        ReminderMails.Mail mail = mails.compose(message);
        if (sender == null) {
            log.info("No SMTP server configured (RYUGAKU_SMTP_HOST): {} mail to person {} not sent: {}",
                    message.kind(), message.recipient().personId(), mail.subject());
            return false;
        }
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(new InternetAddress(message.recipient().email(), message.recipient().displayName(),
                    StandardCharsets.UTF_8.name()));
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            // RFC 3834: no auto-replies, vacation notices or bounces to a machine's mail
            mime.addHeader("Auto-Submitted", "auto-generated");
            mime.addHeader("Content-Language", Translations.supported(message.recipient().locale()).getLanguage());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(mime);
        return true;
    }
}
