--liquibase formatted sql

-- Personal access tokens for the API (#15): only the SHA-256 of the secret is kept; revoked and
-- expired tokens stay as a record of when they worked. See docs/decisions/0029-public-api-and-access-tokens.md.

--changeset ryugaku:0016-access-token
CREATE TABLE access_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL DEFAULT 0,
    person_id    BIGINT       NOT NULL,
    token_name   VARCHAR(100) NOT NULL,
    write_scope  BOOLEAN      NOT NULL,
    secret_hash  VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6),
    revoked_at   DATETIME(6),
    CONSTRAINT pk_access_token PRIMARY KEY (id),
    CONSTRAINT uk_access_token_secret_hash UNIQUE (secret_hash),
    CONSTRAINT fk_access_token_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_access_token_person ON access_token (person_id, created_at);
--rollback DROP TABLE access_token;
