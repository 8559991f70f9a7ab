--liquibase formatted sql

-- The dashboard's figures of a finished cohort, stored once (the rows of its aggregate query) so that
-- comparing six finished cohorts reads a few rows each instead of all their check-ins, tasks and weeks.
-- A cohort has stored figures only while it has a row in cohort_figures_stored; every write to its data
-- deletes that row in the writing transaction, and figures without it are never read (the next store
-- replaces them): see docs/decisions/0026.

--changeset ryugaku:0015-stored-cohort-figures
CREATE TABLE cohort_figures_stored (
    cohort_id BIGINT      NOT NULL,
    stored_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_cohort_figures_stored PRIMARY KEY (cohort_id),
    CONSTRAINT fk_cohort_figures_stored_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE cohort_figure (
    cohort_id    BIGINT         NOT NULL,
    metric       VARCHAR(20)    NOT NULL,
    figure_key   VARCHAR(40)    NOT NULL,
    -- the aggregate row's two numbers (first_value would be a MySQL 8.4 reserved word)
    value_a      DECIMAL(19, 2),
    value_b      DECIMAL(19, 2),
    CONSTRAINT pk_cohort_figure PRIMARY KEY (cohort_id, metric, figure_key),
    CONSTRAINT fk_cohort_figure_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE cohort_figure; DROP TABLE cohort_figures_stored;
