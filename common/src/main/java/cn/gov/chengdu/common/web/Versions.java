package cn.gov.chengdu.common.web;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import cn.gov.chengdu.common.problem.ProblemException;

/**
 * Optimistic concurrency on the wire: a resource's {@code version} is its strong ETag ({@code "3"}), and a
 * state-changing call with {@code If-Match} is refused with 412 when the version moved on.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the representation and its version as the {@code ETag}. */
    public static Response ok(Versioned view) {
        return Response.ok(view).tag(etag(view.version())).build();
    }

    /** 201 with the new resource's {@code Location}, its representation and its version as the {@code ETag}. */
    public static Response created(String location, Versioned view) {
        return Response.created(URI.create(location)).entity(view).tag(etag(view.version())).build();
    }

    /** Passes when there is no {@code If-Match}, when it is {@code *}, or when one of its tags is the current version. */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String raw : ifMatch.split(",")) {
            String tag = raw.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(currentVersion);
    }
}
