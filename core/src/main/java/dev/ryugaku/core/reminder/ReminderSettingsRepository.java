package dev.ryugaku.core.reminder;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** People's reminder settings; implemented in the persistence module. */
public interface ReminderSettingsRepository {

    ReminderSettings save(ReminderSettings settings);

    Optional<ReminderSettings> findById(Long personId);

    /** Who of these people turned which kinds off, in one query. */
    List<OptOut> findOptOuts(Collection<Long> personIds);
}
