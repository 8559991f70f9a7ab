package dev.ryugaku.web.navigation;

/** The addresses of the skill feature's pages. */
public final class SkillPages {

    private SkillPages() {
    }

    public static String rotation(long enrollmentId) {
        return "enrollments/" + enrollmentId + "/skills";
    }

    public static String cohort(long cohortId) {
        return "cohorts/" + cohortId + "/skills";
    }

    public static String catalog() {
        return "admin/skills";
    }

    public static String newSkillArea() {
        return "admin/skills/new";
    }

    public static String skillArea(long skillId) {
        return "admin/skills/" + skillId;
    }
}
