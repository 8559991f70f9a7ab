--liquibase formatted sql

--changeset ryugaku:0020-team-manager
-- The home-team manager who nominates people of the team and approves their applications.
ALTER TABLE team ADD COLUMN manager_id BIGINT NULL;
ALTER TABLE team ADD CONSTRAINT fk_team_manager FOREIGN KEY (manager_id) REFERENCES person (id) ON DELETE SET NULL;
--rollback ALTER TABLE team DROP FOREIGN KEY fk_team_manager; ALTER TABLE team DROP COLUMN manager_id;

--changeset ryugaku:0020-intake-round
-- One intake round per planned cohort: when it takes applications, which questions it asks and
-- whether the home-team manager has to approve.
CREATE TABLE intake_round (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    version            BIGINT       NOT NULL DEFAULT 0,
    cohort_id          BIGINT       NOT NULL,
    opens_on           DATE         NOT NULL,
    closes_on          DATE         NOT NULL,
    ask_motivation     BOOLEAN      NOT NULL,
    ask_skills         BOOLEAN      NOT NULL,
    ask_topics         BOOLEAN      NOT NULL,
    ask_period         BOOLEAN      NOT NULL,
    approval_required  BOOLEAN      NOT NULL,
    closed_at          DATETIME(6),
    CONSTRAINT pk_intake_round PRIMARY KEY (id),
    CONSTRAINT uk_intake_round_cohort UNIQUE (cohort_id),
    CONSTRAINT fk_intake_round_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE intake_round;

--changeset ryugaku:0020-intake-application
-- One application (or nomination) of a person to a round, and where it stands.
CREATE TABLE intake_application (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    round_id        BIGINT        NOT NULL,
    person_id       BIGINT        NOT NULL,
    home_team_id    BIGINT,
    nominated_by_id BIGINT,
    state           VARCHAR(20)   NOT NULL,
    motivation      VARCHAR(2000),
    topics          VARCHAR(2000),
    preferred_period VARCHAR(200),
    decision_reason VARCHAR(1000),
    owner_message   VARCHAR(1000),
    waitlist_position INT,
    enrollment_id   BIGINT,
    created_at      DATETIME(6)   NOT NULL,
    submitted_at    DATETIME(6),
    approved_at     DATETIME(6),
    decided_at      DATETIME(6),
    CONSTRAINT pk_intake_application PRIMARY KEY (id),
    CONSTRAINT uk_intake_application_person UNIQUE (round_id, person_id),
    CONSTRAINT fk_intake_application_round FOREIGN KEY (round_id) REFERENCES intake_round (id),
    CONSTRAINT fk_intake_application_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_intake_application_team FOREIGN KEY (home_team_id) REFERENCES team (id) ON DELETE SET NULL,
    CONSTRAINT fk_intake_application_nominator FOREIGN KEY (nominated_by_id) REFERENCES person (id) ON DELETE SET NULL,
    CONSTRAINT fk_intake_application_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_intake_application_state ON intake_application (round_id, state);
CREATE INDEX ix_intake_application_team ON intake_application (home_team_id, state);
--rollback DROP TABLE intake_application;

--changeset ryugaku:0020-intake-application-skill
-- The skills from the catalogue an applicant wants to learn.
CREATE TABLE intake_application_skill (
    application_id BIGINT NOT NULL,
    skill_id       BIGINT NOT NULL,
    CONSTRAINT pk_intake_application_skill PRIMARY KEY (application_id, skill_id),
    CONSTRAINT fk_intake_application_skill_app FOREIGN KEY (application_id) REFERENCES intake_application (id) ON DELETE CASCADE,
    CONSTRAINT fk_intake_application_skill_skill FOREIGN KEY (skill_id) REFERENCES skill_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE intake_application_skill;
