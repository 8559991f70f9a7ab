package dev.ryugaku.core.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * スキル領域: one area of the skill catalogue, named and described in Japanese and English. Once
 * rated it is deactivated rather than deleted, so that past assessments keep their meaning.
 */
@Entity
@Table(name = "skill_area")
public class SkillArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** A stable key of the areas the catalogue was seeded with; null for areas owners added. */
    @Column(length = 40)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 100)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "description_ja", nullable = false, length = 1000)
    private String descriptionJa;

    @Column(name = "description_en", nullable = false, length = 1000)
    private String descriptionEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected SkillArea() {
    }

    /** A new area, placed at {@code sortOrder}; the draft has passed {@link SkillCatalogRules}. */
    public SkillArea(SkillAreaDraft draft, int sortOrder) {
        apply(draft);
        this.sortOrder = sortOrder;
    }

    void apply(SkillAreaDraft draft) {
        this.nameJa = draft.getNameJa().strip();
        this.nameEn = draft.getNameEn().strip();
        this.descriptionJa = draft.getDescriptionJa().strip();
        this.descriptionEn = draft.getDescriptionEn().strip();
        this.active = draft.isActive();
    }

    void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public SkillAreaDraft toDraft() {
        SkillAreaDraft draft = new SkillAreaDraft();
        draft.setNameJa(nameJa);
        draft.setNameEn(nameEn);
        draft.setDescriptionJa(descriptionJa);
        draft.setDescriptionEn(descriptionEn);
        draft.setActive(active);
        return draft;
    }

    public SkillRef toRef() {
        return new SkillRef(id, nameJa, nameEn, descriptionJa, descriptionEn, active);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionJa() {
        return descriptionJa;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
