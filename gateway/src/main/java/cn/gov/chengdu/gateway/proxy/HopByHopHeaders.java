package cn.gov.chengdu.gateway.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.vertx.core.MultiMap;

/**
 * Headers that describe one connection, not the message (RFC 9110 §7.6.1): never forwarded, in either direction.
 * That is the fixed list plus every header the {@code Connection} header names.
 */
final class HopByHopHeaders {

    private static final Set<String> ALWAYS = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");

    private HopByHopHeaders() {
    }

    static void remove(MultiMap headers) {
        List<String> named = new ArrayList<>();
        for (String connection : headers.getAll("connection")) {
            for (String token : connection.split(",")) {
                if (!token.isBlank()) {
                    named.add(token.trim());
                }
            }
        }
        named.forEach(headers::remove);
        ALWAYS.forEach(headers::remove);
    }
}
