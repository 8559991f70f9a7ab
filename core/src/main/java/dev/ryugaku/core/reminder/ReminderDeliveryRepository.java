package dev.ryugaku.core.reminder;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where people's reminders go; implemented in the persistence module. */
public interface ReminderDeliveryRepository {

    ReminderDeliverySettings save(ReminderDeliverySettings settings);

    Optional<ReminderDeliverySettings> findById(Long personId);

    /** Who of these people chose Slack (alone or with e-mail) for which kinds, in one query. */
    List<SlackChoice> findSlackChoices(Collection<Long> personIds);
}
