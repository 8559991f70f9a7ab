package dev.ryugaku.web.cohort;

import dev.ryugaku.core.cohort.CheckInCadence;
import dev.ryugaku.core.cohort.CohortDraft;
import dev.ryugaku.core.cohort.CohortService;
import dev.ryugaku.core.cohort.CohortSummary;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;

/** Finds the demo cohorts and builds valid drafts with unique names. */
public final class CohortTestData {

    private CohortTestData() {
    }

    /** A valid draft hosted by the demo SRE team, named uniquely. */
    public static CohortDraft validDraft(CohortService cohorts) {
        CohortDraft draft = new CohortDraft();
        draft.setName("第9期 " + UUID.randomUUID().toString().substring(0, 8));
        draft.setStartDate(LocalDate.of(2027, 10, 1));
        draft.setEndDate(LocalDate.of(2028, 3, 31));
        draft.setCapacity(3);
        draft.setHostTeamId(cohorts.hostTeams().getFirst().id());
        draft.setCadence(CheckInCadence.BIWEEKLY);
        draft.setKickoffDate(LocalDate.of(2027, 10, 1));
        return draft;
    }

    /** The id of a demo cohort by name, as the signed-in owner sees the list. */
    public static long idOf(CohortService cohorts, String name) {
        return cohorts.list(PageRequest.of(0, 1000)).stream()
                .filter(cohort -> cohort.name().equals(name))
                .mapToLong(CohortSummary::id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cohort " + name));
    }
}
