package dev.ryugaku.core.people;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.shared.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local passwords of people who sign in with one: changed by their owner under 設定, hashes kept current. */
@Service
public class LocalPasswords {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public LocalPasswords(PersonRepository people, PasswordEncoder passwordEncoder, CurrentActor currentActor,
                          AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** Whether the signed-in person has a local password to change (not, e.g., one who only uses single sign-on). */
    @Transactional(readOnly = true)
    public boolean currentPersonHasPassword() {
        return me().getPasswordHash() != null;
    }

    /**
     * The signed-in person changes their own password: the current one first, then the new one twice.
     * Their other sessions end; this one stays.
     */
    @Transactional
    public void change(String currentPassword, String newPassword, String confirmation) {
        Person person = me();
        List<Violation> problems = new ArrayList<>();
        if (person.getPasswordHash() == null || currentPassword == null
                || !passwordEncoder.matches(currentPassword, person.getPasswordHash())) {
            problems.add(Violation.of("current", PasswordProblem.CURRENT_WRONG));
        }
        problems.addAll(PasswordRules.check(newPassword, confirmation, person.getLoginName(), person.getEmail()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        person.setPasswordHash(passwordEncoder.encode(newPassword));
        auditLog.record(currentActor.get(), "PASSWORD_CHANGED", PersonService.RECORD_TYPE, person.getId());
        events.publishEvent(new PasswordChanged(person.getId(), true, true, clock.instant()));
    }

    /**
     * Stores a hash of the same password in the current format (after a successful sign-in with an
     * older one), unless the password was changed meanwhile.
     */
    @Transactional
    public void rehash(long personId, String oldHash, String newHash) {
        people.findById(personId)
                .filter(person -> oldHash != null && oldHash.equals(person.getPasswordHash()))
                .ifPresent(person -> person.setPasswordHash(newHash));
    }

    private Person me() {
        Actor actor = currentActor.get();
        return people.findById(actor.personId()).orElseThrow(() -> new RecordNotFoundException(PersonService.RECORD_TYPE, actor.personId()));
    }
}
