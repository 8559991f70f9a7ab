package dev.ryugaku.core.cohort;

import dev.ryugaku.core.shared.Violation;
import java.util.List;

/** One named rule a cohort input must follow. */
@FunctionalInterface
interface CohortRule {

    List<Violation> check(CohortDraft draft);
}
