package dev.ryugaku.core.people;

import dev.ryugaku.core.security.SecretTokens;
import java.util.Locale;

/**
 * What failed sign-ins are counted against. An unknown name is kept only as a hash: people type
 * passwords into the name field by mistake.
 */
public record SignInSubject(String key) {

    public static SignInSubject account(long personId) {
        return new SignInSubject("account:" + personId);
    }

    public static SignInSubject unknownName(String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return new SignInSubject("name:" + SecretTokens.hash(name));
    }

    public static SignInSubject address(String address) {
        return new SignInSubject("address:" + (address == null || address.isBlank() ? "unknown" : address.strip()));
    }
}
