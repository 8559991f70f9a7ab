--liquibase formatted sql

-- Aggregates over the work log (weekly toil, cohort toil, the incident ladder) read these covering
-- indexes instead of the table's rows: see docs/performance.md.

--changeset ryugaku:0012-work-log-covering-toil
CREATE INDEX ix_work_log_enrollment_toil ON work_log_entry (enrollment_id, work_date, toil, minutes);
DROP INDEX ix_work_log_enrollment_date ON work_log_entry;
--rollback CREATE INDEX ix_work_log_enrollment_date ON work_log_entry (enrollment_id, work_date);
--rollback DROP INDEX ix_work_log_enrollment_toil ON work_log_entry;

--changeset ryugaku:0012-work-log-incident-role
CREATE INDEX ix_work_log_enrollment_role ON work_log_entry (enrollment_id, incident_role, work_date);
--rollback DROP INDEX ix_work_log_enrollment_role ON work_log_entry;

--changeset ryugaku:0012-task-board-order
-- the board shows the newest tasks first and stops after a page: read in index order, not sorted
CREATE INDEX ix_task_created ON improvement_task (created_at, id);
--rollback DROP INDEX ix_task_created ON improvement_task;
