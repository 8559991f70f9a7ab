--liquibase formatted sql

--changeset ryugaku:0009-reminder
-- The reminder outbox: a row per reminder due, recorded once by its key, then sent (or retried).
-- subject_key names what it is about (e.g. a check-in and its time); the unique key is what makes
-- "at most once" hold across runs and replicas.
CREATE TABLE reminder (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    kind            VARCHAR(30)   NOT NULL,
    recipient_id    BIGINT        NOT NULL,
    subject_id      BIGINT,
    subject_key     VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(500),
    next_attempt_at DATETIME(6),
    CONSTRAINT pk_reminder PRIMARY KEY (id),
    CONSTRAINT uk_reminder_once UNIQUE (kind, recipient_id, subject_key),
    CONSTRAINT fk_reminder_recipient FOREIGN KEY (recipient_id) REFERENCES person (id),
    CONSTRAINT ck_reminder_attempts CHECK (attempts >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_reminder_pending ON reminder (status, next_attempt_at);
--rollback DROP TABLE reminder;

--changeset ryugaku:0009-reminder-settings
-- A person's reminder settings: every kind is on unless listed in reminder_opt_out.
CREATE TABLE reminder_settings (
    person_id BIGINT NOT NULL,
    version   BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT pk_reminder_settings PRIMARY KEY (person_id),
    CONSTRAINT fk_reminder_settings_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE reminder_opt_out (
    person_id BIGINT      NOT NULL,
    kind      VARCHAR(30) NOT NULL,
    CONSTRAINT pk_reminder_opt_out PRIMARY KEY (person_id, kind),
    CONSTRAINT fk_reminder_opt_out_settings FOREIGN KEY (person_id) REFERENCES reminder_settings (person_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE reminder_opt_out;
--rollback DROP TABLE reminder_settings;
