package dev.ryugaku.persistence.reminder;

import dev.ryugaku.core.reminder.OptOut;
import dev.ryugaku.core.reminder.ReminderSettings;
import dev.ryugaku.core.reminder.ReminderSettingsRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReminderSettingsJpaRepository extends JpaRepository<ReminderSettings, Long>, ReminderSettingsRepository {

    @Override
    @Query("""
            select new dev.ryugaku.core.reminder.OptOut(s.personId, kind)
            from ReminderSettings s join s.optedOut kind where s.personId in :personIds
            """)
    List<OptOut> findOptOuts(@Param("personIds") Collection<Long> personIds);
}
