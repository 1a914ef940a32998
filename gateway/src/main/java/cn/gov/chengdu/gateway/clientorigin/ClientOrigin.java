package cn.gov.chengdu.gateway.clientorigin;

import java.util.List;
import java.util.Locale;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;

/**
 * Who sent a request and through which public origin, as far as the gateway can tell: the peer's address, unless
 * the peer is a {@linkplain TrustedProxies trusted proxy}, in which case its {@code X-Forwarded-For/Proto/Host} (or
 * RFC 7239 {@code Forwarded}) say who its client was and which origin that client used. Headers of that kind from
 * anyone else are ignored, and replaced on the way upstream, so the services can believe what the gateway sends.
 *
 * @param peer the address the connection comes from
 * @param trustedPeer whether the peer is a trusted proxy (its forwarding headers were used and are passed on)
 * @param clientIp the client's address: the rate-limit key of an anonymous caller
 * @param proto {@code http} or {@code https}, as the client used it
 * @param host the public host (and port) the client used
 */
public record ClientOrigin(String peer, boolean trustedPeer, String clientIp, String proto, String host) {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String X_FORWARDED_HOST = "X-Forwarded-Host";
    static final String X_FORWARDED_PORT = "X-Forwarded-Port";
    static final String FORWARDED = "Forwarded";

    public static ClientOrigin of(HttpServerRequest request, TrustedProxies trusted) {
        SocketAddress remote = request.remoteAddress();
        String peer = remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
        String scheme = request.scheme() == null ? "http" : request.scheme();
        if (!trusted.trusts(peer)) {
            return new ClientOrigin(peer, false, peer, scheme, authority(request));
        }
        MultiMap headers = request.headers();
        List<String> forwarded = headers.getAll(FORWARDED);
        String client = clientFromForwardedFor(headers.getAll(X_FORWARDED_FOR), trusted);
        if (client == null) {
            client = clientFromForwarded(forwarded, trusted);
        }
        String proto = firstValue(headers.get(X_FORWARDED_PROTO));
        if (proto == null) {
            proto = forwardedParameter(forwarded, "proto");
        }
        proto = "https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto) ? proto.toLowerCase(Locale.ROOT) : scheme;
        String host = firstValue(headers.get(X_FORWARDED_HOST));
        if (host == null) {
            host = forwardedParameter(forwarded, "host");
        }
        if (host == null || !isSaneHost(host)) {
            host = authority(request);
        }
        return new ClientOrigin(peer, true, client == null ? peer : client, proto, host);
    }

    /** The origin the client used, for rewriting {@code Location}: {@code https://api.example.cn}. */
    public String publicOrigin() {
        return proto + "://" + host;
    }

    /**
     * Sets the forwarding headers on a request to the upstream. Whatever the client sent of them has already been
     * left out of {@code upstream}; a trusted proxy's values are read from {@code request} and extended.
     */
    public void writeTo(MultiMap upstream, HttpServerRequest request) {
        String scheme = request.scheme() == null ? "http" : request.scheme();
        String element = "for=" + forwardedNode(peer) + ";proto=" + scheme + ";host=\"" + authority(request) + "\"";
        if (trustedPeer) {
            upstream.set(X_FORWARDED_FOR, appended(request.headers().getAll(X_FORWARDED_FOR), peer));
            upstream.set(FORWARDED, appended(request.headers().getAll(FORWARDED), element));
        } else {
            upstream.set(X_FORWARDED_FOR, peer);
            upstream.set(FORWARDED, element);
        }
        upstream.set(X_FORWARDED_PROTO, proto);
        upstream.set(X_FORWARDED_HOST, host);
    }

    /** The rightmost address in {@code X-Forwarded-For} that is not a trusted proxy (the leftmost if all are). */
    private static String clientFromForwardedFor(List<String> values, TrustedProxies trusted) {
        if (values.isEmpty()) {
            return null;
        }
        String[] addresses = String.join(",", values).split(",");
        String candidate = null;
        for (int i = addresses.length - 1; i >= 0; i--) {
            String address = addresses[i].trim();
            if (address.isEmpty()) {
                continue;
            }
            candidate = address;
            if (!trusted.trusts(address)) {
                break;
            }
        }
        return candidate == null ? null : TrustedProxies.stripBrackets(candidate);
    }

    /** The same walk over the {@code for=} parameters of RFC 7239 {@code Forwarded}. */
    private static String clientFromForwarded(List<String> values, TrustedProxies trusted) {
        if (values.isEmpty()) {
            return null;
        }
        String[] elements = String.join(",", values).split(",");
        String candidate = null;
        for (int i = elements.length - 1; i >= 0; i--) {
            String node = parameter(elements[i], "for");
            if (node == null) {
                continue;
            }
            candidate = forwardedNodeAddress(node);
            if (!trusted.trusts(candidate)) {
                break;
            }
        }
        return candidate;
    }

    /** A parameter of the first {@code Forwarded} element that has it (the one the outermost proxy wrote). */
    private static String forwardedParameter(List<String> values, String name) {
        for (String value : values) {
            for (String element : value.split(",")) {
                String found = parameter(element, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String parameter(String element, String name) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).trim().equalsIgnoreCase(name)) {
                String value = pair.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** {@code 192.0.2.60}, {@code 192.0.2.60:4711}, {@code [2001:db8::17]:4711} → the address alone. */
    private static String forwardedNodeAddress(String node) {
        if (node.startsWith("[")) {
            int end = node.indexOf(']');
            return end > 0 ? node.substring(1, end) : node;
        }
        int colon = node.indexOf(':');
        return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }

    static String authority(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority != null) {
            String host = authority.port() > 0 ? authority.host() + ":" + authority.port() : authority.host();
            if (isSaneHost(host)) {
                return host;
            }
        }
        SocketAddress local = request.localAddress();
        if (local == null || local.hostAddress() == null) {
            return "localhost";
        }
        String address = local.hostAddress();
        return (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + local.port();
    }

    /** A host name or IP literal with an optional port, and nothing that could smuggle a path or header. */
    static boolean isSaneHost(String host) {
        int length = host.length();
        if (length == 0 || length > 261) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = host.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == ':' || c == '[' || c == ']';
            if (!ok) {
                return false;
            }
        }
        return true;
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
