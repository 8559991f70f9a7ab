--liquibase formatted sql

-- The in-app inbox: which items a person has opened. An item is a fact computed when the inbox is read
-- (a check-in due, a task to review, …); its key names that fact and stays the same while it holds.
-- See docs/decisions/0033-search-and-inbox.md.

--changeset ryugaku:0018-inbox-read
CREATE TABLE inbox_read (
    person_id BIGINT       NOT NULL,
    item_key  VARCHAR(190) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    read_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_inbox_read PRIMARY KEY (person_id, item_key),
    CONSTRAINT fk_inbox_read_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE inbox_read;
