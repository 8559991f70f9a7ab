--liquibase formatted sql

-- Failed sign-ins per account, per unknown name typed (as a hash) and per client address, with
-- their locks: in the database so every replica counts alike and owners see a lock.
-- See docs/decisions/0019-local-accounts-and-throttling.md.

--changeset ryugaku:0014-sign-in-counter
CREATE TABLE sign_in_counter (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    subject_key       VARCHAR(120) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    failures          INT          NOT NULL,
    window_started_at DATETIME(6)  NULL,
    locks             INT          NOT NULL,
    locked_until      DATETIME(6)  NULL,
    CONSTRAINT pk_sign_in_counter PRIMARY KEY (id),
    CONSTRAINT uq_sign_in_counter_subject UNIQUE (subject_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE sign_in_counter;
