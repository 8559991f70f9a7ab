package dev.ryugaku.web.security;

import java.net.URI;
import java.util.Locale;

/**
 * The Content-Security-Policy sent with every response: as strict as Vaadin Flow allows. Flow's
 * bootstrap page starts its client engine with an inline script and the engine turns the
 * expressions the server sends ({@code executeJs}, event data) into functions, so scripts need
 * {@code 'unsafe-inline' 'unsafe-eval'}; the web components set inline styles, so styles need
 * {@code 'unsafe-inline'}. Everything else is our own origin only: no plugins, no framing, no
 * foreign base URL, and forms post only to us — and to the single sign-on provider when one is
 * configured (signing out there is a redirect after a form post).
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /** The policy; {@code issuerUri} is the OIDC provider's issuer, blank when there is none. */
    static String directives(String issuerUri) {
        String provider = origin(issuerUri);
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'none'",
                "form-action 'self'" + (provider.isEmpty() ? "" : " " + provider));
    }

    /** {@code scheme://host[:port]} of an address, blank for none; an address without a host is refused at start. */
    static String origin(String uri) {
        if (uri == null || uri.isBlank()) {
            return "";
        }
        URI parsed = URI.create(uri.trim());
        if (parsed.getScheme() == null || parsed.getHost() == null) {
            throw new IllegalArgumentException("The OIDC issuer URI must be an absolute address: " + uri);
        }
        String scheme = parsed.getScheme().toLowerCase(Locale.ROOT);
        return scheme + "://" + parsed.getHost().toLowerCase(Locale.ROOT) + (parsed.getPort() == -1 ? "" : ":" + parsed.getPort());
    }
}
