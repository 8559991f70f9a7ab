--liquibase formatted sql

--changeset ryugaku:0011-retrospective
-- The participant's ふりかえり at the end of a rotation: one per enrollment, a draft until submitted.
-- mentor_comments reach the mentor only when share_with_mentor is set; program_feedback never does.
CREATE TABLE retrospective (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL DEFAULT 0,
    enrollment_id     BIGINT        NOT NULL,
    learned           VARCHAR(2000),
    hardest           VARCHAR(2000),
    keep_text         VARCHAR(2000),
    problem_text      VARCHAR(2000),
    try_text          VARCHAR(2000),
    program_feedback  VARCHAR(2000),
    mentor_comments   VARCHAR(2000),
    share_with_mentor BOOLEAN       NOT NULL DEFAULT FALSE,
    recommend_score   INT,
    status            VARCHAR(20)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    submitted_at      DATETIME(6),
    CONSTRAINT pk_retrospective PRIMARY KEY (id),
    CONSTRAINT uk_retrospective_enrollment UNIQUE (enrollment_id),
    CONSTRAINT fk_retrospective_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT ck_retrospective_recommend CHECK (recommend_score IS NULL OR recommend_score BETWEEN 0 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_retrospective_status ON retrospective (status, enrollment_id);
--rollback DROP TABLE retrospective;

--changeset ryugaku:0011-final-evaluation
-- The mentor's final evaluation of a rotation: one per enrollment, written by either of its mentors.
CREATE TABLE final_evaluation (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL DEFAULT 0,
    enrollment_id BIGINT        NOT NULL,
    written_by    BIGINT        NOT NULL,
    summary       VARCHAR(2000),
    strengths     VARCHAR(2000),
    next_steps    VARCHAR(2000),
    readiness     VARCHAR(20),
    status        VARCHAR(20)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    submitted_at  DATETIME(6),
    CONSTRAINT pk_final_evaluation PRIMARY KEY (id),
    CONSTRAINT uk_final_evaluation_enrollment UNIQUE (enrollment_id),
    CONSTRAINT fk_final_evaluation_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_final_evaluation_written_by FOREIGN KEY (written_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_final_evaluation_status ON final_evaluation (status, enrollment_id);
--rollback DROP TABLE final_evaluation;

--changeset ryugaku:0011-follow-up
-- The graduate's answer, 90 days after the rotation, on what they brought back to their home team.
CREATE TABLE follow_up (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL DEFAULT 0,
    enrollment_id BIGINT        NOT NULL,
    changed_work  VARCHAR(2000),
    status        VARCHAR(20)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    submitted_at  DATETIME(6),
    CONSTRAINT pk_follow_up PRIMARY KEY (id),
    CONSTRAINT uk_follow_up_enrollment UNIQUE (enrollment_id),
    CONSTRAINT fk_follow_up_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_follow_up_status ON follow_up (status, enrollment_id);
-- What the graduate brought back (a runbook, an SLO, an alert, an automation …), in the order they listed it.
CREATE TABLE follow_up_item (
    follow_up_id BIGINT        NOT NULL,
    position     INT           NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    link         VARCHAR(500),
    CONSTRAINT pk_follow_up_item PRIMARY KEY (follow_up_id, position),
    CONSTRAINT fk_follow_up_item_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE follow_up_item;
--rollback DROP TABLE follow_up;
