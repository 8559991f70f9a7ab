--liquibase formatted sql

-- Minutes, toil minutes and the days of each incident role per rotation and ISO week, kept in step with work_log_entry by the
-- service in the same transaction as every write, so weekly toil is read from a few rows per
-- rotation instead of all its entries: see docs/performance.md and docs/decisions/0017.

--changeset ryugaku:0013-work-week-total
CREATE TABLE work_week_total (
    enrollment_id BIGINT NOT NULL,
    week_start    DATE   NOT NULL,
    minutes       INT    NOT NULL,
    toil_minutes  INT    NOT NULL,
    observer_days  INT   NOT NULL,
    shadow_days    INT   NOT NULL,
    responder_days INT   NOT NULL,
    commander_days INT   NOT NULL,
    CONSTRAINT pk_work_week_total PRIMARY KEY (enrollment_id, week_start),
    CONSTRAINT fk_work_week_total_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO work_week_total (enrollment_id, week_start, minutes, toil_minutes, observer_days, shadow_days,
                             responder_days, commander_days)
SELECT w.enrollment_id, DATE_SUB(w.work_date, INTERVAL WEEKDAY(w.work_date) DAY), SUM(w.minutes),
       SUM(CASE WHEN w.toil THEN w.minutes ELSE 0 END),
       COUNT(DISTINCT CASE WHEN w.incident_role = 'OBSERVER' THEN w.work_date END),
       COUNT(DISTINCT CASE WHEN w.incident_role = 'SHADOW' THEN w.work_date END),
       COUNT(DISTINCT CASE WHEN w.incident_role = 'RESPONDER' THEN w.work_date END),
       COUNT(DISTINCT CASE WHEN w.incident_role = 'COMMANDER' THEN w.work_date END)
FROM work_log_entry w GROUP BY w.enrollment_id, DATE_SUB(w.work_date, INTERVAL WEEKDAY(w.work_date) DAY);
--rollback DROP TABLE work_week_total;
