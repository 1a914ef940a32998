package cn.gov.chengdu.common.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An action ({@code POST .../{id}/<action>}) may be sent without a body: its body is only an optional note.
 * A bodiless request often carries no {@code Content-Type} or a client's default one, which JAX-RS would answer
 * with 415; with nothing to read, it is read as an empty JSON body instead. A request that has a body keeps its
 * {@code Content-Type} and is refused with 415 when it is not JSON.
 */
public class EmptyBodyDefaults {

    @ServerRequestFilter(preMatching = true)
    public void treatBodilessActionsAsJson(ContainerRequestContext request) {
        if (HttpMethod.POST.equals(request.getMethod())
                && isBodiless(request)
                && !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    private static boolean isBodiless(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") == null && (length == null || "0".equals(length.trim()));
    }
}
