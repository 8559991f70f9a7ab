package dev.ryugaku.web.support;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to hand to people and programs outside the app (password setup, links in mails,
 * calendar feeds and the check-in pages they point to). {@code ryugaku.public-url} wins when set
 * (behind a proxy, and for mails sent by scheduled jobs); otherwise the address of the request
 * being served, and outside any request {@code http://localhost:<port>}.
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

    /** The secret address of a calendar feed. */
    public String calendarFeed(String token) {
        return base() + "/calendar/" + token + ".ics";
    }

    /** A check-in's page in the app (sign-in required). */
    public String checkIn(long checkInId) {
        return base() + "/checkins/" + checkInId;
    }

    private String base() {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        VaadinServletRequest vaadin = VaadinServletRequest.getCurrent();
        if (vaadin != null) {
            return ServletUriComponentsBuilder.fromContextPath(vaadin.getHttpServletRequest()).build().toUriString();
        }
        // a plain Spring MVC request, e.g. a calendar app fetching its feed; else a scheduled job
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? ServletUriComponentsBuilder.fromContextPath(request.getRequest()).build().toUriString() : localUrl;
    }
}
