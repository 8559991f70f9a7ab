--liquibase formatted sql

--changeset ryugaku:0021-mentor-skill-area
-- 得意分野: the skill areas each mentor declares as their strongest, for mentor matching (decision 0037);
-- rows are only added and removed, never edited; an unrated area an owner deletes leaves the mentors' lists with it
CREATE TABLE mentor_skill_area (
    id            BIGINT NOT NULL AUTO_INCREMENT,
    person_id     BIGINT NOT NULL,
    skill_area_id BIGINT NOT NULL,
    CONSTRAINT pk_mentor_skill_area PRIMARY KEY (id),
    CONSTRAINT uk_mentor_skill_area UNIQUE (person_id, skill_area_id),
    CONSTRAINT fk_mentor_skill_area_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_mentor_skill_area_skill_area FOREIGN KEY (skill_area_id) REFERENCES skill_area (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_mentor_skill_area_skill_area ON mentor_skill_area (skill_area_id);
--rollback DROP TABLE mentor_skill_area;
