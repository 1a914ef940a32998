package cn.gov.chengdu.gateway.proxy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import cn.gov.chengdu.common.web.RequestIds;
import cn.gov.chengdu.gateway.routing.Upstream;
import io.vertx.core.MultiMap;

/**
 * What the gateway changes in an upstream's response headers: hop-by-hop headers go; the request id and CORS
 * headers are the gateway's own (already on the response, so the upstream's copies go); an absolute
 * {@code Location} pointing at the upstream itself is rewritten to the origin the client used.
 */
final class ResponseHeaders {

    private static final String CORS_PREFIX = "access-control-";

    private ResponseHeaders() {
    }

    static void adjust(MultiMap headers, Upstream upstream, Supplier<String> publicOrigin) {
        HopByHopHeaders.remove(headers);
        headers.remove(RequestIds.HEADER);
        List<String> cors = headers.names().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(CORS_PREFIX)).toList();
        cors.forEach(headers::remove);
        String location = headers.get("Location");
        if (location != null) {
            headers.set("Location", rewriteLocation(location, upstream, publicOrigin));
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
