--liquibase formatted sql

--changeset ryugaku:0002-audit-details
ALTER TABLE audit_event ADD COLUMN details VARCHAR(4000);
--rollback ALTER TABLE audit_event DROP COLUMN details;

--changeset ryugaku:0002-team-name-key
ALTER TABLE team ADD COLUMN name_key VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
UPDATE team SET name_key = LOWER(TRIM(name));
ALTER TABLE team MODIFY name_key VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE team ADD CONSTRAINT uk_team_name_key UNIQUE (name_key);
--rollback ALTER TABLE team DROP INDEX uk_team_name_key;
--rollback ALTER TABLE team DROP COLUMN name_key;

--changeset ryugaku:0002-password-setup-token
CREATE TABLE password_setup_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    person_id  BIGINT      NOT NULL,
    token_hash VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    CONSTRAINT pk_password_setup_token PRIMARY KEY (id),
    CONSTRAINT uk_password_setup_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_setup_token_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE password_setup_token;

--changeset ryugaku:0002-person-name-index
-- the people list sorts by name; mentor lookups use the foreign-key indexes of enrollment
CREATE INDEX ix_person_display_name ON person (display_name);
--rollback DROP INDEX ix_person_display_name ON person;
