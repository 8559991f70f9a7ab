package dev.ryugaku.core.api;

/** Who a token acts for, and how far: what the API's authentication needs of a token. */
public record TokenHolder(long tokenId, String tokenName, boolean write, long personId) {
}
