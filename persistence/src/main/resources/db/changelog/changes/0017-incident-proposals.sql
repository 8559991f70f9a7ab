--liquibase formatted sql

--changeset ryugaku:0017-incident-event
-- Webhook events from incident tools (PagerDuty, the generic JSON webhook), one row per event id:
-- the unique key makes a redelivered event change nothing.
CREATE TABLE incident_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    source      VARCHAR(40)   NOT NULL,
    event_id    VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    event_type  VARCHAR(60)   NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    received_at DATETIME(6)   NOT NULL,
    CONSTRAINT pk_incident_event PRIMARY KEY (id),
    CONSTRAINT uk_incident_event_once UNIQUE (source, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE incident_event;

--changeset ryugaku:0017-incident
-- What the events told about one incident, merged so that the order they arrive in does not matter:
-- the earliest trigger, the latest resolution, the title of the latest event that carried one.
CREATE TABLE incident (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    source         VARCHAR(40)   NOT NULL,
    external_id    VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    title          VARCHAR(300),
    title_at       DATETIME(6),
    link           VARCHAR(500),
    triggered_at   DATETIME(6),
    resolved_at    DATETIME(6),
    CONSTRAINT pk_incident PRIMARY KEY (id),
    CONSTRAINT uk_incident_external UNIQUE (source, external_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE incident;

--changeset ryugaku:0017-incident-proposal
-- A work-log entry proposed to a participant on an active rotation who took part in an incident.
-- Nothing reaches the log until they accept it (work_log_entry_id then names the entry).
CREATE TABLE incident_proposal (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL DEFAULT 0,
    incident_id       BIGINT       NOT NULL,
    enrollment_id     BIGINT       NOT NULL,
    suggested_role    VARCHAR(20)  NOT NULL,
    involved_at       DATETIME(6)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    decided_at        DATETIME(6),
    work_log_entry_id BIGINT,
    CONSTRAINT pk_incident_proposal PRIMARY KEY (id),
    CONSTRAINT uk_incident_proposal UNIQUE (incident_id, enrollment_id),
    CONSTRAINT fk_incident_proposal_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_incident_proposal_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_incident_proposal_entry FOREIGN KEY (work_log_entry_id) REFERENCES work_log_entry (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_incident_proposal_open ON incident_proposal (enrollment_id, status);
--rollback DROP TABLE incident_proposal;
