--liquibase formatted sql

--changeset ryugaku:0007-action-item
CREATE TABLE action_item (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL DEFAULT 0,
    enrollment_id BIGINT        NOT NULL,
    check_in_id   BIGINT        NOT NULL,
    text          VARCHAR(500)  NOT NULL,
    owner         VARCHAR(20)   NOT NULL,
    due_date      DATE          NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    done_at       DATETIME(6),
    CONSTRAINT pk_action_item PRIMARY KEY (id),
    CONSTRAINT fk_action_item_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_action_item_check_in FOREIGN KEY (check_in_id) REFERENCES check_in (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_action_item_enrollment_open ON action_item (enrollment_id, done_at, due_date);
--rollback DROP TABLE action_item;
