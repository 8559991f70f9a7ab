package dev.ryugaku.core.reminder;

/** Sends a reminder mail; implemented in the web layer with SMTP. */
public interface ReminderMailer {

    /**
     * Hands the mail to the mail server and returns once the server accepted it.
     *
     * @return false when no mail server is configured: nothing was sent (the mailer logged what it would have sent)
     * @throws RuntimeException when the server did not accept it: the reminder is tried again later
     */
    boolean send(ReminderMessage message);
}
