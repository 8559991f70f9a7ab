package dev.ryugaku.core.worklog;

import dev.ryugaku.core.enrollment.RotationAccess;
import dev.ryugaku.core.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 作業ログ as CSV rows: one rotation's to whoever may read it, a whole cohort's to owners. */
@Service
public class WorkLogExportService {

    private static final String READ = WorkLogService.READ;

    private final WorkLogRepository log;
    private final RotationAccess rotations;

    public WorkLogExportService(WorkLogRepository log, RotationAccess rotations) {
        this.log = log;
        this.rotations = rotations;
    }

    /** One rotation's log as CSV rows: its participant, mentors and owners. */
    @Transactional(readOnly = true)
    public List<ExportRow> exportRotation(long enrollmentId) {
        rotations.visible(rotations.actor(), enrollmentId, READ);
        return log.exportRows(enrollmentId, null);
    }

    /** A whole cohort's log: owners only. */
    @Transactional(readOnly = true)
    public List<ExportRow> exportCohort(long cohortId) {
        rotations.actor().require(Role.PROGRAM_OWNER);
        return log.exportRows(null, cohortId);
    }
}
