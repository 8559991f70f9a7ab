package dev.ryugaku.core.reminder;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;

/** A person's reminder settings: every kind is on unless turned off here. No row means all on. */
@Entity
@Table(name = "reminder_settings")
public class ReminderSettings {

    @Id
    @Column(name = "person_id")
    private Long personId;

    /** Null until first saved (so that saving creates the row); a change of the opt-outs moves it on. */
    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reminder_opt_out", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Set<ReminderKind> optedOut = EnumSet.noneOf(ReminderKind.class);

    protected ReminderSettings() {
    }

    ReminderSettings(long personId) {
        this.personId = personId;
    }

    boolean isEnabled(ReminderKind kind) {
        return !optedOut.contains(kind);
    }

    void enable(ReminderKind kind, boolean enabled) {
        if (!kind.isOptional()) {
            return;
        }
        if (enabled) {
            optedOut.remove(kind);
        } else {
            optedOut.add(kind);
        }
    }

    public Long getPersonId() {
        return personId;
    }

    public long getVersion() {
        return version == null ? ReminderPreferences.NEVER_SAVED : version;
    }
}
