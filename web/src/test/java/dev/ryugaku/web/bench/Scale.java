package dev.ryugaku.web.bench;

/**
 * How big a generated program is. "large" is the yardstick for a program that has run for
 * years: 100 cohorts, 5,000 enrollments, 1,000,000 work-log entries, 60,000 check-ins, 20,000 tasks.
 */
enum Scale {
    SMALL(5, 50, 50_000, 1_000),
    LARGE(100, 50, 1_000_000, 20_000);

    final int cohorts;
    final int enrollmentsPerCohort;
    final int workLogEntries;
    final int tasks;

    Scale(int cohorts, int enrollmentsPerCohort, int workLogEntries, int tasks) {
        this.cohorts = cohorts;
        this.enrollmentsPerCohort = enrollmentsPerCohort;
        this.workLogEntries = workLogEntries;
        this.tasks = tasks;
    }

    int enrollments() {
        return cohorts * enrollmentsPerCohort;
    }

    /** One mentor per 50 enrollments over the program's life, so each has a few active mentees at a time. */
    int mentors() {
        return Math.max(5, enrollments() / 50);
    }

    String database() {
        return "ryugaku_bench_" + name().toLowerCase();
    }
}
