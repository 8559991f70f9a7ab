--liquibase formatted sql

-- Every table is utf8mb4 with utf8mb4_unicode_ci, a collation that exists on MySQL 8.4 and on
-- MariaDB 10.11+; columns that must compare exactly (keys, e-mail, login) use utf8mb4_bin.

--changeset ryugaku:0001-team
CREATE TABLE team (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    version BIGINT       NOT NULL DEFAULT 0,
    name    VARCHAR(100) NOT NULL,
    kind    VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_team PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE team;

--changeset ryugaku:0001-person
CREATE TABLE person (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL DEFAULT 0,
    display_name  VARCHAR(100) NOT NULL,
    email         VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    login_name    VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    password_hash VARCHAR(255),
    locale        VARCHAR(8)   NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    home_team_id  BIGINT,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT uk_person_email UNIQUE (email),
    CONSTRAINT uk_person_login_name UNIQUE (login_name),
    CONSTRAINT fk_person_home_team FOREIGN KEY (home_team_id) REFERENCES team (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE person;

--changeset ryugaku:0001-person-role
CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    CONSTRAINT pk_person_role PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_person_role_role ON person_role (role);
--rollback DROP TABLE person_role;

--changeset ryugaku:0001-cohort
CREATE TABLE cohort (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    version              BIGINT        NOT NULL DEFAULT 0,
    name                 VARCHAR(100)  NOT NULL,
    name_key             VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    start_date           DATE          NOT NULL,
    end_date             DATE          NOT NULL,
    capacity             INT           NOT NULL,
    host_team_id         BIGINT        NOT NULL,
    cadence              VARCHAR(20)   NOT NULL,
    kickoff_date         DATE,
    mid_term_review_date DATE,
    final_review_date    DATE,
    description          VARCHAR(4000),
    state                VARCHAR(20)   NOT NULL,
    cancelled_at         DATETIME(6),
    CONSTRAINT pk_cohort PRIMARY KEY (id),
    CONSTRAINT uk_cohort_name_key UNIQUE (name_key),
    CONSTRAINT fk_cohort_host_team FOREIGN KEY (host_team_id) REFERENCES team (id),
    CONSTRAINT ck_cohort_period CHECK (end_date > start_date),
    CONSTRAINT ck_cohort_capacity CHECK (capacity >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_cohort_start_date ON cohort (start_date);
--rollback DROP TABLE cohort;

--changeset ryugaku:0001-enrollment
CREATE TABLE enrollment (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    version             BIGINT        NOT NULL DEFAULT 0,
    person_id           BIGINT        NOT NULL,
    cohort_id           BIGINT        NOT NULL,
    home_team_id        BIGINT,
    primary_mentor_id   BIGINT,
    secondary_mentor_id BIGINT,
    learning_goals      VARCHAR(4000),
    status              VARCHAR(20)   NOT NULL,
    withdrawal_reason   VARCHAR(1000),
    start_date          DATE,
    end_date            DATE,
    CONSTRAINT pk_enrollment PRIMARY KEY (id),
    CONSTRAINT uk_enrollment_person_cohort UNIQUE (person_id, cohort_id),
    CONSTRAINT fk_enrollment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_enrollment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_enrollment_home_team FOREIGN KEY (home_team_id) REFERENCES team (id),
    CONSTRAINT fk_enrollment_primary_mentor FOREIGN KEY (primary_mentor_id) REFERENCES person (id),
    CONSTRAINT fk_enrollment_secondary_mentor FOREIGN KEY (secondary_mentor_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_enrollment_cohort_status ON enrollment (cohort_id, status);
--rollback DROP TABLE enrollment;

--changeset ryugaku:0001-audit-event
CREATE TABLE audit_event (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    actor_id    BIGINT,
    action      VARCHAR(50) NOT NULL,
    record_type VARCHAR(50) NOT NULL,
    record_id   BIGINT,
    occurred_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_event_record ON audit_event (record_type, record_id);
--rollback DROP TABLE audit_event;
