package dev.ryugaku.web.people;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to hand to people outside the app (password setup). {@code ryugaku.public-url}
 * wins when set (behind a proxy); otherwise the address the owner is using.
 */
@Component
class PublicLinks {

    private final String publicUrl;

    PublicLinks(@Value("${ryugaku.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String passwordSetup(String token) {
        return base() + "/password-setup/" + token;
    }

    private String base() {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? "" : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                .build().toUriString();
    }
}
