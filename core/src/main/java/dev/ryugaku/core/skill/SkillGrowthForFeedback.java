package dev.ryugaku.core.skill;

import dev.ryugaku.core.retrospective.CohortGrowthSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The feedback page's growth column: each cohort's overall average skill growth, from the skills feature. */
@Component
class SkillGrowthForFeedback implements CohortGrowthSource {

    private final SkillGrowthService growth;

    SkillGrowthForFeedback(SkillGrowthService growth) {
        this.growth = growth;
    }

    @Override
    public Map<Long, CohortGrowthSource.CohortGrowth> averageGrowth(Collection<Long> cohortIds) {
        Map<Long, CohortGrowthSource.CohortGrowth> averages = new LinkedHashMap<>();
        growth.cohortAverageGrowth(cohortIds).forEach((cohortId, cohort) -> {
            if (cohort.hasData()) {
                averages.put(cohortId, new CohortGrowthSource.CohortGrowth(
                        BigDecimal.valueOf(cohort.overallAverage()).setScale(1, RoundingMode.HALF_UP), cohort.enrollments()));
            }
        });
        return averages;
    }
}
