package dev.ryugaku.core.intake;

import dev.ryugaku.core.cohort.Cohort;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.skill.SkillArea;
import dev.ryugaku.core.skill.SkillAreaRepository;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes rounds and applications as they stand, without the checks of a user's step: for demo data. */
@Component
public class IntakeImport {

    private final IntakeRepository intake;
    private final SkillAreaRepository skills;

    public IntakeImport(IntakeRepository intake, SkillAreaRepository skills) {
        this.intake = intake;
        this.skills = skills;
    }

    /** The ids of the catalogue's first active skill areas, for answers. */
    @Transactional(readOnly = true)
    public Set<Long> firstSkills(int count) {
        return skills.findAllByOrderBySortOrderAscIdAsc().stream().filter(SkillArea::isActive).limit(count)
                .map(SkillArea::getId).collect(java.util.stream.Collectors.toSet());
    }

    @Transactional
    public IntakeRound round(Cohort cohort, RoundDraft draft) {
        return intake.saveRound(new IntakeRound(cohort, draft));
    }

    /**
     * An application in the given state, applied (or nominated by {@code nominatedBy}) at {@code at}.
     * A waitlisted one gets {@code position}; a manager's decline gets {@code message} as its reason.
     */
    @Transactional
    public IntakeApplication application(IntakeRound round, Person person, Person nominatedBy, ApplicationDraft answers,
                                         ApplicationState state, String message, Integer position, Instant at) {
        IntakeApplication application = new IntakeApplication(round, person,
                nominatedBy == null ? null : nominatedBy.getId(), at);
        application.answer(answers, round.toDraft());
        switch (state) {
            case NOMINATED -> { }
            case SUBMITTED, APPROVED -> application.submit(state, at);
            case MANAGER_DECLINED -> {
                application.submit(ApplicationState.SUBMITTED, at);
                application.managerDecides(false, message, at);
            }
            case WITHDRAWN -> application.withdraw(at);
            default -> {
                application.submit(ApplicationState.SUBMITTED, at);
                application.ownerDecides(state, message, position, at);
            }
        }
        return intake.saveApplication(application);
    }
}
