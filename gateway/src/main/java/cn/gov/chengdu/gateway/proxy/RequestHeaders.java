package cn.gov.chengdu.gateway.proxy;

import java.util.Map;
import java.util.Set;

import cn.gov.chengdu.common.web.RequestIds;
import cn.gov.chengdu.gateway.clientorigin.ClientOrigin;
import cn.gov.chengdu.gateway.tracing.TraceContext;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;

/**
 * The headers a request carries upstream: the client's own, minus hop-by-hop headers, {@code Host} (the upstream's),
 * {@code Expect} (the gateway answers {@code 100-continue} itself), the API key (a secret the services do not need)
 * and the forwarding headers (replaced by {@link ClientOrigin}); plus the request id and the trace context.
 */
final class RequestHeaders {

    private static final Set<String> REPLACED = HopByHopHeaders.caseInsensitive("host", "expect", "content-length",
            "x-api-key", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded",
            RequestIds.HEADER, TraceContext.TRACEPARENT);

    private RequestHeaders() {
    }

    static void copy(HttpServerRequest request, MultiMap to, ClientOrigin origin, String requestId, String traceparent) {
        MultiMap from = request.headers();
        String connection = from.get("connection");
        Set<String> nominated = connection == null ? Set.of() : HopByHopHeaders.nominated(connection);
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey();
            if (HopByHopHeaders.isAlwaysHopByHop(name) || REPLACED.contains(name) || nominated.contains(name)) {
                continue;
            }
            to.add(name, header.getValue());
        }
        origin.writeTo(to, request);
        if (requestId != null) {
            to.set(RequestIds.HEADER, requestId);
        }
        to.set(TraceContext.TRACEPARENT, traceparent);
    }
}
