package dev.ryugaku.core.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 得意分野: a skill area a mentor declares as one of their strongest, under 設定. Rows are only
 * added and removed (never edited), so they carry no version: the mentor's last save wins.
 */
@Entity
@Table(name = "mentor_skill_area")
public class DeclaredSkillArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "skill_area_id", nullable = false)
    private long skillAreaId;

    protected DeclaredSkillArea() {
    }

    public DeclaredSkillArea(long personId, long skillAreaId) {
        this.personId = personId;
        this.skillAreaId = skillAreaId;
    }

    public long getPersonId() {
        return personId;
    }

    public long getSkillAreaId() {
        return skillAreaId;
    }
}
