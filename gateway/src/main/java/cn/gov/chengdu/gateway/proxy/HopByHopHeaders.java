package cn.gov.chengdu.gateway.proxy;

import java.util.Set;
import java.util.TreeSet;

/**
 * Headers that describe one connection, not the message (RFC 9110 §7.6.1): never forwarded, in either direction.
 * That is the fixed list plus every header the {@code Connection} header names, except the headers the gateway and
 * the services rely on end to end: a client's {@code Connection: X-Forwarded-For, Authorization} must not make the
 * gateway drop the ingress's forwarding headers or a token.
 */
final class HopByHopHeaders {

    private static final Set<String> ALWAYS = caseInsensitive("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");

    /** Never dropped because {@code Connection} names them. */
    private static final Set<String> END_TO_END = caseInsensitive("x-forwarded-for", "x-forwarded-proto",
            "x-forwarded-host", "x-forwarded-port", "forwarded", "x-real-ip", "authorization", "x-api-key",
            "x-request-id", "traceparent", "tracestate", "host", "content-length", "content-type",
            "content-encoding", "cookie", "if-match", "if-none-match", "idempotency-key", "location", "etag");

    private HopByHopHeaders() {
    }

    static boolean isAlwaysHopByHop(String name) {
        return ALWAYS.contains(name);
    }

    /** The headers a {@code Connection} header value names that may be dropped (none when it names only options). */
    static Set<String> nominated(String connection) {
        Set<String> named = null;
        for (String token : connection.split(",")) {
            String name = token.trim();
            if (name.isEmpty() || name.equalsIgnoreCase("keep-alive") || name.equalsIgnoreCase("close")
                    || END_TO_END.contains(name)) {
                continue;
            }
            if (named == null) {
                named = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            }
            named.add(name);
        }
        return named == null ? Set.of() : named;
    }

    static Set<String> caseInsensitive(String... names) {
        TreeSet<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(Set.of(names));
        return set;
    }
}
