package dev.ryugaku.web.worklog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.ryugaku.core.worklog.WorkLogService;

/** Work-log downloads offered on other pages. */
public final class WorkLogDownloads {

    private WorkLogDownloads() {
    }

    /** A whole cohort's work log as CSV; the service lets program owners only. */
    public static DownloadHandler cohort(long cohortId, WorkLogService workLog, Component translator) {
        return WorkLogCsv.download("worklog-cohort-" + cohortId + ".csv", () -> workLog.exportCohort(cohortId), translator);
    }
}
