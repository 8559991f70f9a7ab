package dev.ryugaku.core.security;

/** How long a password must be; ASVS 5.0 asks for at least 12 characters when nothing else is checked. */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;

    private PasswordPolicy() {
    }

    public static boolean isAcceptable(String password) {
        return password != null && password.codePointCount(0, password.length()) >= MINIMUM_LENGTH;
    }
}
