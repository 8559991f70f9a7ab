package dev.ryugaku.web.api;

import dev.ryugaku.core.shared.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any address under /api/v1 no resource answers (or a method it does not take) is a 404 problem like a
 * missing record, in the caller's language — not the container's error page.
 */
@RestController
@Hidden
class UnknownApiAddress {

    @RequestMapping("/api/v1/**")
    void unknown(HttpServletRequest request) {
        throw new RecordNotFoundException("address", request.getRequestURI());
    }
}
