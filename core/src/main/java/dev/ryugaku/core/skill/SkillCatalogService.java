package dev.ryugaku.core.skill;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.audit.FieldChange;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.RecordNotFoundException;
import dev.ryugaku.core.shared.Versions;
import dev.ryugaku.core.shared.Violation;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * スキル一覧: the catalogue of skill areas that assessments rate. Everyone signed in reads the active
 * areas; program owners add, edit, reorder and deactivate them, and delete one only while nobody
 * has rated it.
 */
@Service
public class SkillCatalogService {

    public static final String RECORD_TYPE = "SkillArea";

    private final SkillAreaRepository areas;
    private final SkillAssessmentRepository assessments;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;

    public SkillCatalogService(SkillAreaRepository areas, SkillAssessmentRepository assessments, CurrentActor currentActor,
                               AuditLog auditLog) {
        this.areas = areas;
        this.assessments = assessments;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
    }

    /** A page of the whole catalogue in its order, inactive areas included; owners only. */
    @Transactional(readOnly = true)
    public List<SkillAreaRow> list(Pageable pageable) {
        currentActor.get().require(Role.PROGRAM_OWNER);
        return areas.findRows(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @Transactional(readOnly = true)
    public long count() {
        currentActor.get().require(Role.PROGRAM_OWNER);
        return areas.count();
    }

    /** The areas assessments rate now, in catalogue order; to everyone signed in. */
    @Transactional(readOnly = true)
    public List<SkillRef> active() {
        currentActor.get();
        return areas.findAllByOrderBySortOrderAscIdAsc().stream().filter(SkillArea::isActive).map(SkillArea::toRef).toList();
    }

    @Transactional(readOnly = true)
    public SkillAreaEdit openForEdit(long id) {
        currentActor.get().require(Role.PROGRAM_OWNER);
        SkillArea area = require(id);
        return new SkillAreaEdit(id, area.getVersion(), area.toDraft(), assessments.isRated(id));
    }

    /** Adds an area at the end of the catalogue; returns its id. */
    @Transactional
    public long create(SkillAreaDraft draft) {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        List<SkillArea> all = areas.findAllByOrderBySortOrderAscIdAsc();
        check(draft, all, null);
        int last = all.stream().mapToInt(SkillArea::getSortOrder).max().orElse(0);
        SkillArea area = areas.save(new SkillArea(draft, last + 1));
        auditLog.record(actor, "SKILL_AREA_CREATED", RECORD_TYPE, area.getId(), changes(new SkillAreaDraft(), area.toDraft()));
        return area.getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, SkillAreaDraft draft) {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        SkillArea area = current(id, expectedVersion);
        check(draft, areas.findAllByOrderBySortOrderAscIdAsc(), area);
        SkillAreaDraft before = area.toDraft();
        area.apply(draft);
        List<FieldChange> changes = changes(before, area.toDraft());
        if (!changes.isEmpty()) {
            auditLog.record(actor, "SKILL_AREA_UPDATED", RECORD_TYPE, id, changes);
        }
    }

    /**
     * Moves an area one place up ({@code -1}) or down ({@code +1}) by swapping it with its neighbour;
     * at either end nothing moves.
     */
    @Transactional
    public void move(long id, long expectedVersion, int direction) {
        currentActor.get().require(Role.PROGRAM_OWNER);
        SkillArea area = current(id, expectedVersion);
        List<SkillArea> all = areas.findAllByOrderBySortOrderAscIdAsc();
        int index = all.indexOf(area);
        int other = index + Integer.signum(direction);
        if (direction == 0 || other < 0 || other >= all.size()) {
            return;
        }
        // renumber the whole (short) list, so that equal or missing sort orders cannot make a swap a no-op
        java.util.Collections.swap(all, index, other);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getSortOrder() != i + 1) {
                all.get(i).placeAt(i + 1);
            }
        }
    }

    /** Deletes an area nobody has rated; a rated one is refused: deactivate it instead. */
    @Transactional
    public void delete(long id, long expectedVersion) {
        Actor actor = currentActor.get();
        actor.require(Role.PROGRAM_OWNER);
        SkillArea area = current(id, expectedVersion);
        if (assessments.isRated(id)) {
            throw new InvalidInputException(List.of(Violation.of("", SkillAreaProblem.IN_USE)));
        }
        auditLog.record(actor, "SKILL_AREA_DELETED", RECORD_TYPE, id);
        areas.delete(area);
    }

    private void check(SkillAreaDraft draft, List<SkillArea> all, SkillArea existing) {
        List<SkillRef> others = all.stream().filter(a -> existing == null || !Objects.equals(a.getId(), existing.getId()))
                .map(SkillArea::toRef).toList();
        InvalidInputException.throwIfAny(SkillCatalogRules.check(draft, others));
    }

    private SkillArea current(long id, long expectedVersion) {
        SkillArea area = require(id);
        Versions.require(area.getVersion(), expectedVersion, RECORD_TYPE, id);
        return area;
    }

    private SkillArea require(long id) {
        return areas.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private static List<FieldChange> changes(SkillAreaDraft before, SkillAreaDraft after) {
        return new FieldChange.Collector()
                .compare("nameJa", before.getNameJa(), after.getNameJa())
                .compare("nameEn", before.getNameEn(), after.getNameEn())
                .compare("descriptionJa", before.getDescriptionJa(), after.getDescriptionJa())
                .compare("descriptionEn", before.getDescriptionEn(), after.getDescriptionEn())
                .compare("active", before.getNameJa() == null ? null : before.isActive(), after.isActive())
                .changes();
    }
}
