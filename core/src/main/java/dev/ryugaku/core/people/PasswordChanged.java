package dev.ryugaku.core.people;

/**
 * A person's password changed: their open sessions end after commit, except the one that made the
 * change when {@code keepCurrentSession} (a change under 設定; a setup link ends them all).
 */
public record PasswordChanged(long personId, boolean keepCurrentSession) {
}
