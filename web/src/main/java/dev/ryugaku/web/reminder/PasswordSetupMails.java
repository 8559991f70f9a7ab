package dev.ryugaku.web.reminder;

import dev.ryugaku.core.people.PasswordChanged;
import dev.ryugaku.core.people.PasswordSetupIssued;
import dev.ryugaku.core.reminder.ReminderService;
import dev.ryugaku.web.support.PublicLinks;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails each new password-setup link to its person once the account is committed — in the
 * background, so that importing many people does not wait for the mail server. The link is built
 * here, in the owner's request, where the app's address is known; it is never stored. A replaced
 * password is told to its person the same way.
 */
@Component
class PasswordSetupMails {

    private static final Logger log = LoggerFactory.getLogger(PasswordSetupMails.class);

    private final ReminderService reminders;
    private final PublicLinks links;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("password-setup-mail").daemon().factory());

    PasswordSetupMails(ReminderService reminders, PublicLinks links) {
        this.reminders = reminders;
        this.links = links;
    }

    @TransactionalEventListener
    void mailAfterCommit(PasswordSetupIssued issued) {
        String link = links.passwordSetup(issued.token());
        background.execute(() -> {
            try {
                reminders.deliverPasswordSetup(issued, link);
            } catch (RuntimeException failure) {
                log.warn("Password-setup mail to person {} not sent: {}", issued.personId(), failure.toString());
            }
        });
    }

    /** The notice of a replaced password, after commit and in the background like the links. */
    @TransactionalEventListener
    void noticeAfterCommit(PasswordChanged changed) {
        if (!changed.replaced()) {
            return;
        }
        background.execute(() -> {
            try {
                reminders.deliverPasswordChanged(changed);
            } catch (RuntimeException failure) {
                log.warn("Password-change notice to person {} not sent: {}", changed.personId(), failure.toString());
            }
        });
    }

    @PreDestroy
    void finishSending() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(20, TimeUnit.SECONDS);
    }
}
