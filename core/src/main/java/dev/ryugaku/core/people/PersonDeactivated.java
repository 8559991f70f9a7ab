package dev.ryugaku.core.people;

/** Published when a person is deactivated or their roles change, so that their open sessions end at once. */
public record PersonDeactivated(long personId, String loginName) {
}
