package cn.gov.chengdu.common.web;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.RestResponse;

import cn.gov.chengdu.common.problem.ProblemException;

/**
 * Optimistic concurrency on the wire: a resource's {@code version} is its strong ETag ({@code "3"}), and a
 * state-changing call with {@code If-Match} is refused with 412 when the version moved on. Resources return their
 * {@link Versioned} views as they are; {@link EtagResponseFilter} adds the {@code ETag}.
 */
public final class Versions {

    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * 201 with the new resource's {@code Location} and its representation ({@link EtagResponseFilter} adds the
     * {@code ETag}).
     */
    public static <T extends Versioned> RestResponse<T> created(String location, T view) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location))
                .entity(view)
                .build();
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
