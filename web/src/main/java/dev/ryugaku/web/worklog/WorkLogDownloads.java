package dev.ryugaku.web.worklog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.ryugaku.core.worklog.WorkLogExportService;

/** Work-log downloads offered on other pages. */
public final class WorkLogDownloads {

    private WorkLogDownloads() {
    }

    /** A whole cohort's work log as CSV; the service lets program owners only. */
    public static DownloadHandler cohort(long cohortId, WorkLogExportService export, Component translator) {
        return WorkLogCsv.download("worklog-cohort-" + cohortId + ".csv", () -> export.exportCohort(cohortId), translator);
    }
}
