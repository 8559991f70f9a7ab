package dev.ryugaku.web.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * Optimistic concurrency over HTTP: a record's {@code ETag} is its version ({@code "3"}); an update
 * or a delete names the version it read in {@code If-Match}. A stale one is refused by the service
 * (412), a missing one here (428).
 */
final class ApiVersions {

    private ApiVersions() {
    }

    /** 200 with the record's version as its entity tag. */
    static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(tag(version)).body(body);
    }

    /** 201 with where the new record is and its version as its entity tag. */
    static <T> ResponseEntity<T> created(String location, long version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(tag(version)).body(body);
    }

    static String tag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names; 428 without one, 412 for one that is no version of ours. */
    static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED, "api.problem.ifMatchRequired");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, "error.concurrentEdit");
        }
    }
}
