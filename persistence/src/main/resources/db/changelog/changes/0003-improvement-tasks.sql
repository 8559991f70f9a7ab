--liquibase formatted sql

--changeset ryugaku:0003-improvement-task
CREATE TABLE improvement_task (
    id                         BIGINT         NOT NULL AUTO_INCREMENT,
    version                    BIGINT         NOT NULL DEFAULT 0,
    title                      VARCHAR(200)   NOT NULL,
    description                VARCHAR(4000),
    category                   VARCHAR(30)    NOT NULL,
    priority                   VARCHAR(10)    NOT NULL,
    risk                       VARCHAR(10)    NOT NULL,
    status                     VARCHAR(20)    NOT NULL,
    cohort_id                  BIGINT,
    assignee_enrollment_id     BIGINT,
    reviewer_id                BIGINT,
    due_date                   DATE,
    external_link              VARCHAR(500),
    good_first_task            BOOLEAN        NOT NULL DEFAULT FALSE,
    outcome                    VARCHAR(4000),
    cost_saved_per_month       DECIMAL(14, 2),
    toil_hours_saved_per_month DECIMAL(8, 2),
    created_by                 BIGINT         NOT NULL,
    created_at                 DATETIME(6)    NOT NULL,
    status_changed_at          DATETIME(6)    NOT NULL,
    CONSTRAINT pk_improvement_task PRIMARY KEY (id),
    CONSTRAINT fk_task_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_task_assignee FOREIGN KEY (assignee_enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_task_reviewer FOREIGN KEY (reviewer_id) REFERENCES person (id),
    CONSTRAINT fk_task_created_by FOREIGN KEY (created_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_task_status ON improvement_task (status, good_first_task);
--rollback DROP TABLE improvement_task;

--changeset ryugaku:0003-task-comment
CREATE TABLE task_comment (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    task_id    BIGINT        NOT NULL,
    author_id  BIGINT        NOT NULL,
    written_at DATETIME(6)   NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_task_comment PRIMARY KEY (id),
    CONSTRAINT fk_task_comment_task FOREIGN KEY (task_id) REFERENCES improvement_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_comment_author FOREIGN KEY (author_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE task_comment;

--changeset ryugaku:0003-task-status-change
CREATE TABLE task_status_change (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    task_id     BIGINT      NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20) NOT NULL,
    changed_by  BIGINT      NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_task_status_change PRIMARY KEY (id),
    CONSTRAINT fk_task_status_change_task FOREIGN KEY (task_id) REFERENCES improvement_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_status_change_by FOREIGN KEY (changed_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE task_status_change;

--changeset ryugaku:0003-pre-mortem
CREATE TABLE pre_mortem (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL DEFAULT 0,
    task_id            BIGINT        NOT NULL,
    failure_scenario   VARCHAR(2000) NOT NULL,
    root_causes        VARCHAR(2000) NOT NULL,
    prevention         VARCHAR(2000) NOT NULL,
    rollback_procedure VARCHAR(2000) NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    author_id          BIGINT        NOT NULL,
    submitted_at       DATETIME(6),
    reviewed_by        BIGINT,
    reviewed_at        DATETIME(6),
    review_comment     VARCHAR(2000),
    CONSTRAINT pk_pre_mortem PRIMARY KEY (id),
    CONSTRAINT uk_pre_mortem_task UNIQUE (task_id),
    CONSTRAINT fk_pre_mortem_task FOREIGN KEY (task_id) REFERENCES improvement_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_pre_mortem_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_pre_mortem_reviewed_by FOREIGN KEY (reviewed_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE pre_mortem;
