--liquibase formatted sql

--changeset ryugaku:0004-work-log-entry
CREATE TABLE work_log_entry (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL DEFAULT 0,
    enrollment_id BIGINT        NOT NULL,
    work_date     DATE          NOT NULL,
    minutes       INT           NOT NULL,
    category      VARCHAR(20)   NOT NULL,
    toil          BOOLEAN       NOT NULL,
    task_id       BIGINT,
    incident_role VARCHAR(20),
    note          VARCHAR(1000),
    CONSTRAINT pk_work_log_entry PRIMARY KEY (id),
    CONSTRAINT fk_work_log_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_work_log_task FOREIGN KEY (task_id) REFERENCES improvement_task (id) ON DELETE SET NULL,
    CONSTRAINT ck_work_log_minutes CHECK (minutes BETWEEN 1 AND 1440)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_work_log_enrollment_date ON work_log_entry (enrollment_id, work_date);
--rollback DROP TABLE work_log_entry;

--changeset ryugaku:0004-work-week-review
CREATE TABLE work_week_review (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    enrollment_id BIGINT        NOT NULL,
    week_start    DATE          NOT NULL,
    reviewed_by   BIGINT        NOT NULL,
    reviewed_at   DATETIME(6)   NOT NULL,
    comment       VARCHAR(1000),
    CONSTRAINT pk_work_week_review PRIMARY KEY (id),
    CONSTRAINT uk_work_week_review UNIQUE (enrollment_id, week_start),
    CONSTRAINT fk_work_week_review_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_work_week_review_by FOREIGN KEY (reviewed_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE work_week_review;
