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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a person's reminders go, kind by kind: a kind not listed goes by e-mail. Apart from
 * {@link ReminderSettings} (which kinds are on), so that the two sections of 設定 save independently.
 */
@Entity
@Table(name = "reminder_delivery_settings")
public class ReminderDeliverySettings {

    @Id
    @Column(name = "person_id")
    private Long personId;

    /** Null until first saved; a change of the choices moves it on. */
    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reminder_delivery", joinColumns = @JoinColumn(name = "person_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "kind", length = 30)
    @Enumerated(EnumType.STRING)
    @Column(name = "choice", nullable = false, length = 20)
    private Map<ReminderKind, DeliveryChoice> choices = new EnumMap<>(ReminderKind.class);

    protected ReminderDeliverySettings() {
    }

    ReminderDeliverySettings(long personId) {
        this.personId = personId;
    }

    DeliveryChoice choice(ReminderKind kind) {
        return choices.getOrDefault(kind, DeliveryChoice.MAIL);
    }

    void choose(ReminderKind kind, DeliveryChoice choice) {
        if (!kind.isOptional() || choice == DeliveryChoice.MAIL) {
            choices.remove(kind);
        } else {
            choices.put(kind, choice);
        }
    }

    public Long getPersonId() {
        return personId;
    }

    public long getVersion() {
        return version == null ? ReminderPreferences.NEVER_SAVED : version;
    }
}
