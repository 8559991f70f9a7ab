--liquibase formatted sql

-- Each person's appearance (light, dark, or as their device is set), chosen under 設定.

--changeset ryugaku:0019-person-appearance
ALTER TABLE person ADD COLUMN appearance VARCHAR(8) NOT NULL DEFAULT 'LIGHT';
--rollback ALTER TABLE person DROP COLUMN appearance;
