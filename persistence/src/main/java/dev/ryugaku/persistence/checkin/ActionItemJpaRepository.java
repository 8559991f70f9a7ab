package dev.ryugaku.persistence.checkin;

import dev.ryugaku.core.checkin.ActionItem;
import dev.ryugaku.core.checkin.ActionItemRepository;
import dev.ryugaku.core.checkin.ActionItemRow;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Action items, read as rows with the time of the check-in they were agreed at. */
interface ActionItemJpaRepository extends JpaRepository<ActionItem, Long>, ActionItemRepository {

    String ROW = """
            select new dev.ryugaku.core.checkin.ActionItemRow(a.id, a.version, a.enrollment.id, c.id, c.scheduledAt,
                a.text, a.owner, a.dueDate, a.doneAt)
            from ActionItem a join a.checkIn c
            """;

    @Override
    @Query(ROW + " where a.enrollment.id = :enrollmentId order by c.scheduledAt, a.id")
    List<ActionItemRow> findRowsByEnrollment(@Param("enrollmentId") long enrollmentId);

    @Override
    @Query(ROW + " where a.enrollment.id in :enrollmentIds and a.doneAt is null order by a.dueDate, a.id")
    List<ActionItemRow> findOpenByEnrollments(@Param("enrollmentIds") Collection<Long> enrollmentIds);

    @Override
    @Query("select distinct a.checkIn.id from ActionItem a where a.enrollment.id = :enrollmentId")
    List<Long> findCheckInIdsWithItems(@Param("enrollmentId") long enrollmentId);
}
