package dev.ryugaku.core.worklog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How far a participant has climbed: incidents per role, and when each rung was first reached. */
public record IncidentLadder(List<Rung> rungs) {

    public record Rung(IncidentRole role, long incidents, LocalDate firstReached) {

        public boolean isReached() {
            return incidents > 0;
        }
    }

    public static IncidentLadder of(List<Rung> reached) {
        Map<IncidentRole, Rung> byRole = reached.stream().collect(Collectors.toMap(Rung::role, Function.identity()));
        List<Rung> rungs = new ArrayList<>();
        for (IncidentRole role : IncidentRole.values()) {
            rungs.add(byRole.getOrDefault(role, new Rung(role, 0, null)));
        }
        return new IncidentLadder(rungs);
    }

    /** The highest rung reached, or null before the first incident. */
    public IncidentRole highest() {
        IncidentRole highest = null;
        for (Rung rung : rungs) {
            if (rung.isReached()) {
                highest = rung.role();
            }
        }
        return highest;
    }
}
