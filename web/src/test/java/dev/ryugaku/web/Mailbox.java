package dev.ryugaku.web;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the test SMTP server received, by recipient, decoded; and the server itself, to stop and start. */
@Component
public class Mailbox {

    private final GreenMail server;

    Mailbox(GreenMail server) {
        this.server = server;
    }

    /** A received mail: its recipient address, subject and plain-text body (lines ending in \n). */
    public record Mail(String to, String subject, String body, MimeMessage message) {
    }

    /** Every mail received so far for the address. */
    public List<Mail> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, address)).map(m -> decode(m, address))
                .toList();
    }

    /** Waits (up to ten seconds) until at least {@code count} mails for the address arrived, e.g. from a background sender. */
    public List<Mail> await(String address, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<Mail> mails = to(address);
        while (mails.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            mails = to(address);
        }
        return mails;
    }

    /** A failing mail server: connections are refused until {@link #startServer()}. */
    public void stopServer() {
        server.stop();
    }

    public void startServer() {
        if (!server.isRunning()) {
            server.start();
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(a -> a instanceof InternetAddress internet && internet.getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail decode(MimeMessage message, String address) {
        try {
            // lines travel as CRLF in SMTP (unless base64-encoded): compare them as the app wrote them
            return new Mail(address, message.getSubject(), String.valueOf(message.getContent()).replace("\r\n", "\n"),
                    message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
