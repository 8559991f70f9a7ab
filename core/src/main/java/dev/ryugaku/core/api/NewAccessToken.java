package dev.ryugaku.core.api;

/** A token just created: its secret, shown this once and never stored, and its row. */
public record NewAccessToken(String secret, AccessTokenRow token) {
}
