package dev.ryugaku.core.people;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whom single sign-on lets in: only addresses of the allowed domains (any domain when none are
 * given), and new people only when accounts may be created — which needs allowed domains, so
 * that a public provider (any Google account) never creates accounts for strangers.
 */
public record SignOnPolicy(Set<String> allowedDomains, boolean createAccounts) {

    public SignOnPolicy {
        allowedDomains = allowedDomains.stream()
                .map(domain -> domain.strip().toLowerCase(Locale.ROOT))
                .map(domain -> domain.startsWith("@") ? domain.substring(1) : domain)
                .filter(domain -> !domain.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** @param email a normalised (lower-case) e-mail address */
    public boolean allowsDomainOf(String email) {
        return allowedDomains.isEmpty() || allowedDomains.contains(email.substring(email.lastIndexOf('@') + 1));
    }

    public boolean mayCreateAccounts() {
        return createAccounts && !allowedDomains.isEmpty();
    }
}
