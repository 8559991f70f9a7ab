--liquibase formatted sql

-- Minutes and toil minutes per rotation and ISO week, kept in step with work_log_entry by the
-- service in the same transaction as every write, so weekly toil is read from a few rows per
-- rotation instead of all its entries: see docs/performance.md and docs/decisions/0017.

--changeset ryugaku:0013-work-week-total
CREATE TABLE work_week_total (
    enrollment_id BIGINT NOT NULL,
    week_start    DATE   NOT NULL,
    minutes       INT    NOT NULL,
    toil_minutes  INT    NOT NULL,
    CONSTRAINT pk_work_week_total PRIMARY KEY (enrollment_id, week_start),
    CONSTRAINT fk_work_week_total_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO work_week_total (enrollment_id, week_start, minutes, toil_minutes)
SELECT w.enrollment_id, DATE_SUB(w.work_date, INTERVAL WEEKDAY(w.work_date) DAY), SUM(w.minutes),
       SUM(CASE WHEN w.toil THEN w.minutes ELSE 0 END)
FROM work_log_entry w GROUP BY w.enrollment_id, DATE_SUB(w.work_date, INTERVAL WEEKDAY(w.work_date) DAY);
--rollback DROP TABLE work_week_total;
