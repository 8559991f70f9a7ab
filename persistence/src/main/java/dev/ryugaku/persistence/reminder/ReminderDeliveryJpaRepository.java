package dev.ryugaku.persistence.reminder;

import dev.ryugaku.core.reminder.ReminderDeliveryRepository;
import dev.ryugaku.core.reminder.ReminderDeliverySettings;
import dev.ryugaku.core.reminder.SlackChoice;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReminderDeliveryJpaRepository extends JpaRepository<ReminderDeliverySettings, Long>, ReminderDeliveryRepository {

    @Override
    @Query("""
            select new dev.ryugaku.core.reminder.SlackChoice(s.personId, key(c), value(c))
            from ReminderDeliverySettings s join s.choices c where s.personId in :personIds
            """)
    List<SlackChoice> findSlackChoices(@Param("personIds") Collection<Long> personIds);
}
