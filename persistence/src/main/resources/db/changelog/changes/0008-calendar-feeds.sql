--liquibase formatted sql

--changeset ryugaku:0008-calendar-feed
-- secret iCalendar addresses: only the SHA-256 of the token is kept; at most one per person is not revoked
CREATE TABLE calendar_feed (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    version    BIGINT      NOT NULL DEFAULT 0,
    person_id  BIGINT      NOT NULL,
    token_hash VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6),
    CONSTRAINT pk_calendar_feed PRIMARY KEY (id),
    CONSTRAINT uk_calendar_feed_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_calendar_feed_person_revoked ON calendar_feed (person_id, revoked_at);
--rollback DROP TABLE calendar_feed;
