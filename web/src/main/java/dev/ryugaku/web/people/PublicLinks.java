package dev.ryugaku.web.people;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to hand to people and programs outside the app (password setup, calendar feeds
 * and the check-in pages they point to). {@code ryugaku.public-url} wins when set (behind a
 * proxy); otherwise the address of the request being served.
 */
@Component
public class PublicLinks {

    private final String publicUrl;

    PublicLinks(@Value("${ryugaku.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String passwordSetup(String token) {
        return base() + "/password-setup/" + token;
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
        // a plain Spring MVC request, e.g. a calendar app fetching its feed
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? ServletUriComponentsBuilder.fromContextPath(request.getRequest()).build().toUriString() : "";
    }
}
