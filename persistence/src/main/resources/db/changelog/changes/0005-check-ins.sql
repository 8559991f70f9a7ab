--liquibase formatted sql

--changeset ryugaku:0005-enrollment-check-in-slot
ALTER TABLE enrollment ADD COLUMN check_in_day VARCHAR(10) NULL, ADD COLUMN check_in_time TIME NULL;
--rollback ALTER TABLE enrollment DROP COLUMN check_in_day, DROP COLUMN check_in_time;

--changeset ryugaku:0005-check-in
CREATE TABLE check_in (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    version          BIGINT        NOT NULL DEFAULT 0,
    enrollment_id    BIGINT        NOT NULL,
    scheduled_at     DATETIME(6)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    pinned           BOOLEAN       NOT NULL DEFAULT FALSE,
    held_at          DATETIME(6),
    progress         INT,
    well_being       INT,
    confidence       INT,
    summary          VARCHAR(4000),
    private_notes    VARCHAR(4000),
    blockers         VARCHAR(2000),
    participant_note VARCHAR(1000),
    cancel_reason    VARCHAR(1000),
    CONSTRAINT pk_check_in PRIMARY KEY (id),
    CONSTRAINT fk_check_in_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT ck_check_in_scores CHECK ((progress IS NULL OR progress BETWEEN 1 AND 5)
        AND (well_being IS NULL OR well_being BETWEEN 1 AND 5) AND (confidence IS NULL OR confidence BETWEEN 1 AND 5))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_check_in_enrollment_time ON check_in (enrollment_id, scheduled_at);
CREATE INDEX ix_check_in_status_time ON check_in (status, scheduled_at);
--rollback DROP TABLE check_in;
