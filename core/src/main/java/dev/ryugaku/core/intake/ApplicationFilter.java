package dev.ryugaku.core.intake;

/** The owner's filters on a round's applications; null matches all. */
public record ApplicationFilter(Long teamId, ApplicationState state, Long skillId) {

    public static ApplicationFilter none() {
        return new ApplicationFilter(null, null, null);
    }
}
