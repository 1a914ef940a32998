package cn.gov.chengdu.gateway.proxy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.gov.chengdu.common.web.RequestIds;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;

/**
 * What a request carries upstream besides its own headers: who asked and through which origin
 * ({@code X-Forwarded-For/Proto/Host} and RFC 7239 {@code Forwarded}), and the request id the client gets back.
 * Values set by a proxy in front of the gateway (the ingress) are kept: {@code X-Forwarded-For} and
 * {@code Forwarded} are appended to, {@code X-Forwarded-Proto/Host} are kept when present.
 */
final class ForwardedHeaders {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String X_FORWARDED_HOST = "X-Forwarded-Host";
    static final String FORWARDED = "Forwarded";
    private static final Pattern SANE_HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    private ForwardedHeaders() {
    }

    /** Prepares the headers of {@code request} (already copied into {@code headers}) for the upstream. */
    static void apply(MultiMap headers, HttpServerRequest request, String requestId) {
        HopByHopHeaders.remove(headers);
        // The gateway answers "Expect: 100-continue" itself (quarkus.http.handle-100-continue-automatically).
        headers.remove("Expect");
        headers.set(RequestIds.HEADER, requestId);

        String client = clientAddress(request);
        String scheme = request.scheme() == null ? "http" : request.scheme();
        String host = authority(request);
        headers.set(X_FORWARDED_FOR, appended(headers.getAll(X_FORWARDED_FOR), client));
        if (!headers.contains(X_FORWARDED_PROTO)) {
            headers.set(X_FORWARDED_PROTO, scheme);
        }
        if (!headers.contains(X_FORWARDED_HOST)) {
            headers.set(X_FORWARDED_HOST, host);
        }
        String element = "for=" + forwardedNode(client) + ";proto=" + scheme + ";host=\"" + host + "\"";
        headers.set(FORWARDED, appended(headers.getAll(FORWARDED), element));
    }

    /**
     * The origin the client used ({@code https://api.example.cn}), from {@code X-Forwarded-Proto/Host} when the
     * ingress sent sane ones, else from the request itself.
     */
    static String publicOrigin(HttpServerRequest request) {
        String proto = firstValue(request.getHeader(X_FORWARDED_PROTO));
        if (!"http".equalsIgnoreCase(proto) && !"https".equalsIgnoreCase(proto)) {
            proto = request.scheme() == null ? "http" : request.scheme();
        }
        String host = firstValue(request.getHeader(X_FORWARDED_HOST));
        if (host == null || !SANE_HOST.matcher(host).matches()) {
            host = authority(request);
        }
        return proto.toLowerCase(Locale.ROOT) + "://" + host;
    }

    private static String authority(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority == null) {
            SocketAddress local = request.localAddress();
            return local.hostAddress() + ":" + local.port();
        }
        return authority.port() > 0 ? authority.host() + ":" + authority.port() : authority.host();
    }

    private static String clientAddress(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }

    /** RFC 7239 node: IPv6 addresses are bracketed and quoted. */
    private static String forwardedNode(String address) {
        return address.indexOf(':') >= 0 ? "\"[" + address + "]\"" : address;
    }

    private static String appended(List<String> existing, String value) {
        return existing.isEmpty() ? value : String.join(", ", existing) + ", " + value;
    }

    private static String firstValue(String header) {
        if (header == null) {
            return null;
        }
        int comma = header.indexOf(',');
        String first = (comma < 0 ? header : header.substring(0, comma)).trim();
        return first.isEmpty() ? null : first;
    }
}
