package dev.ryugaku.core.people;

import java.time.Instant;

/**
 * A person's password changed, inside the transaction that changed it. After commit their open
 * sessions end, except the one that made the change when {@code keepCurrentSession} (a change under
 * 設定; a setup link ends them all). When it replaced an earlier password ({@code replaced}), the
 * person is told by mail, in case it was not them.
 */
public record PasswordChanged(long personId, boolean keepCurrentSession, boolean replaced, Instant changedAt) {
}
