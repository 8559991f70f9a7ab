package dev.ryugaku.core.reminder;

import java.util.Optional;

/** The Slack connection; implemented in the persistence module. */
public interface SlackConnectionRepository {

    Optional<SlackConnection> findById(Long id);

    SlackConnection save(SlackConnection connection);

    void delete(SlackConnection connection);
}
