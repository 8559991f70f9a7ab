package dev.ryugaku.core.skill;

import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.audit.FieldChange;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.core.security.Actor;
import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.RecordNotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 得意分野: the skill areas a mentor declares as their strongest, which {@link MentorMatching} uses
 * besides their assessed areas. Each mentor reads and changes only their own.
 */
@Service
public class DeclaredSkillAreas {

    private final MentorMatchingRepository declared;
    private final SkillAreaRepository areas;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;

    public DeclaredSkillAreas(MentorMatchingRepository declared, SkillAreaRepository areas, CurrentActor currentActor,
                              AuditLog auditLog) {
        this.declared = declared;
        this.areas = areas;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
    }

    /** The ids of the areas the signed-in mentor declared. */
    @Transactional(readOnly = true)
    public Set<Long> mine() {
        Actor actor = currentActor.get();
        actor.require(Role.MENTOR);
        return declared.findByPersonId(actor.personId()).stream().map(DeclaredSkillArea::getSkillAreaId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Replaces the signed-in mentor's declared areas with {@code skillAreaIds}, each an active area of
     * the catalogue. A preference rather than a shared record: the last save wins.
     */
    @Transactional
    public void declare(Collection<Long> skillAreaIds) {
        Actor actor = currentActor.get();
        actor.require(Role.MENTOR);
        Set<Long> active = areas.findAllByOrderBySortOrderAscIdAsc().stream().filter(SkillArea::isActive)
                .map(SkillArea::getId).collect(Collectors.toSet());
        Set<Long> wanted = skillAreaIds.stream().filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        wanted.stream().filter(id -> !active.contains(id)).findFirst().ifPresent(id -> {
            throw new RecordNotFoundException(SkillCatalogService.RECORD_TYPE, id);
        });
        List<DeclaredSkillArea> current = declared.findByPersonId(actor.personId());
        Set<Long> before = current.stream().map(DeclaredSkillArea::getSkillAreaId).collect(Collectors.toCollection(TreeSet::new));
        if (before.equals(wanted)) {
            return;
        }
        declared.deleteAll(current.stream().filter(area -> !wanted.contains(area.getSkillAreaId())).toList());
        wanted.stream().filter(id -> !before.contains(id))
                .forEach(id -> declared.save(new DeclaredSkillArea(actor.personId(), id)));
        auditLog.record(actor, "MENTOR_AREAS_DECLARED", PersonService.RECORD_TYPE, actor.personId(),
                List.of(new FieldChange("skillAreaIds", before.toString(), wanted.toString())));
    }
}
