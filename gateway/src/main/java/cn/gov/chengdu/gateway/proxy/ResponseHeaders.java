package cn.gov.chengdu.gateway.proxy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import cn.gov.chengdu.common.web.RequestIds;
import cn.gov.chengdu.gateway.routing.Upstream;
import io.vertx.core.MultiMap;

/**
 * What the gateway changes in an upstream's response headers on their way to the client: hop-by-hop headers go;
 * the request id and CORS headers are the gateway's own (already on the response), so the upstream's copies go; an
 * absolute {@code Location} or {@code Content-Location} pointing at the upstream itself is rewritten to the origin
 * the client used, so no internal address or port reaches a client.
 */
final class ResponseHeaders {

    private ResponseHeaders() {
    }

    /** Copies {@code from} (the upstream's answer) into {@code to} (the client's), adjusted as described above. */
    static void copy(MultiMap from, MultiMap to, Upstream upstream, Supplier<String> publicOrigin) {
        String connection = from.get("connection");
        Set<String> nominated = connection == null ? Set.of() : HopByHopHeaders.nominated(connection);
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey();
            if (HopByHopHeaders.isAlwaysHopByHop(name) || nominated.contains(name)
                    || name.equalsIgnoreCase(RequestIds.HEADER) || name.regionMatches(true, 0, "access-control-", 0, 15)) {
                continue;
            }
            String value = header.getValue();
            if (name.equalsIgnoreCase("location") || name.equalsIgnoreCase("content-location")) {
                value = rewriteLocation(value, upstream, publicOrigin);
            }
            to.add(name, value);
        }
    }

    /** {@code http://localhost:8081/api/v1/x/1} → {@code https://api.example.cn/api/v1/x/1}; anything else unchanged. */
    static String rewriteLocation(String location, Upstream upstream, Supplier<String> publicOrigin) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !sameOrigin(uri, upstream)) {
            return location;
        }
        StringBuilder rewritten = new StringBuilder(publicOrigin.get());
        rewritten.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            rewritten.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
            rewritten.append('#').append(uri.getRawFragment());
        }
        return rewritten.toString();
    }

    private static boolean sameOrigin(URI uri, Upstream upstream) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme.equals(upstream.ssl() ? "https" : "http")
                && uri.getHost().equalsIgnoreCase(upstream.host())
                && port == upstream.port();
    }
}
