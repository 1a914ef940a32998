package cn.gov.chengdu.common.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The one place where a resource's version becomes its {@code ETag}: every successful answer whose body is a
 * {@link Versioned} view carries {@code ETag: "<version>"} (DESIGN §3), so resources just return their views.
 */
public class EtagResponseFilter {

    @ServerResponseFilter
    public void tagVersionedBodies(ContainerResponseContext response) {
        if (response.getStatus() / 100 == 2
                && response.getEntity() instanceof Versioned versioned
                && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, Versions.etag(versioned.version()));
        }
    }
}
