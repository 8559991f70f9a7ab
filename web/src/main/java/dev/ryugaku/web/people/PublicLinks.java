package dev.ryugaku.web.people;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to hand to people outside the app (password setup, links in mails).
 * {@code ryugaku.public-url} wins when set (behind a proxy, and for mails sent by scheduled jobs);
 * otherwise the address the user is on, and outside a request {@code http://localhost:<port>}.
 */
@Component
public class PublicLinks {

    private final String publicUrl;
    private final String localUrl;

    PublicLinks(@Value("${ryugaku.public-url:}") String publicUrl, @Value("${server.port:8080}") int port) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.localUrl = "http://localhost:" + port;
    }

    public String passwordSetup(String token) {
        return to("/password-setup/" + token);
    }

    /** The absolute address of a path of the app, e.g. {@code /checkins/12}. */
    public String to(String path) {
        return base() + path;
    }

    private String base() {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? localUrl : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                .build().toUriString();
    }
}
