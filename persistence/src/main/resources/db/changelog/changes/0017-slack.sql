--liquibase formatted sql

--changeset ryugaku:0017-reminder-channel
-- A reminder may go out by e-mail and as a Slack direct message: one outbox row per channel,
-- each recorded once and sent once.
ALTER TABLE reminder ADD COLUMN channel VARCHAR(10) NOT NULL DEFAULT 'MAIL';
ALTER TABLE reminder DROP INDEX uk_reminder_once;
ALTER TABLE reminder ADD CONSTRAINT uk_reminder_once UNIQUE (kind, recipient_id, subject_key, channel);
--rollback ALTER TABLE reminder DROP INDEX uk_reminder_once;
--rollback ALTER TABLE reminder ADD CONSTRAINT uk_reminder_once UNIQUE (kind, recipient_id, subject_key);
--rollback ALTER TABLE reminder DROP COLUMN channel;

--changeset ryugaku:0017-reminder-delivery
-- Where a person's reminders go, kind by kind: a kind not listed goes by e-mail.
CREATE TABLE reminder_delivery_settings (
    person_id BIGINT NOT NULL,
    version   BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT pk_reminder_delivery_settings PRIMARY KEY (person_id),
    CONSTRAINT fk_reminder_delivery_settings_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE reminder_delivery (
    person_id BIGINT      NOT NULL,
    kind      VARCHAR(30) NOT NULL,
    choice    VARCHAR(20) NOT NULL,
    CONSTRAINT pk_reminder_delivery PRIMARY KEY (person_id, kind),
    CONSTRAINT fk_reminder_delivery_settings FOREIGN KEY (person_id) REFERENCES reminder_delivery_settings (person_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE reminder_delivery;
--rollback DROP TABLE reminder_delivery_settings;

--changeset ryugaku:0017-slack-connection
-- The Slack workspace the program is connected to: one row at most. The bot token is stored
-- sealed (AES-GCM with a key from the configuration), never in clear.
CREATE TABLE slack_connection (
    id                BIGINT        NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    bot_token_sealed  VARCHAR(1000) NOT NULL,
    token_hint        VARCHAR(20)   NOT NULL,
    connected_by      BIGINT        NOT NULL,
    connected_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_slack_connection PRIMARY KEY (id),
    CONSTRAINT fk_slack_connection_by FOREIGN KEY (connected_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE slack_connection;

--changeset ryugaku:0017-slack-channel
-- The program channel's incoming webhook (sealed too: whoever has the address can post there) and
-- whether the weekly digest posted there names the participants (default: counts and links only).
ALTER TABLE slack_connection ADD COLUMN webhook_url_sealed VARCHAR(1000);
ALTER TABLE slack_connection ADD COLUMN digest_names BOOLEAN NOT NULL DEFAULT FALSE;
-- SLACK_CHANNEL: a reminder posted to the program channel
ALTER TABLE reminder MODIFY channel VARCHAR(20) NOT NULL DEFAULT 'MAIL';
--rollback ALTER TABLE reminder MODIFY channel VARCHAR(10) NOT NULL DEFAULT 'MAIL';
--rollback ALTER TABLE slack_connection DROP COLUMN digest_names;
--rollback ALTER TABLE slack_connection DROP COLUMN webhook_url_sealed;
