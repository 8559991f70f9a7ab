package dev.ryugaku.persistence.reminder;

import dev.ryugaku.core.reminder.SlackConnection;
import dev.ryugaku.core.reminder.SlackConnectionRepository;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlackConnectionJpaRepository extends JpaRepository<SlackConnection, Long>, SlackConnectionRepository {
}
