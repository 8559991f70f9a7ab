package dev.ryugaku.core.api;

/** Who a token acts for, and how far: what the API's authentication needs of a token (id 0: a single sign-on JWT). */
public record TokenHolder(long tokenId, String tokenName, boolean write, long personId) {
}
