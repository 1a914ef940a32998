package cn.gov.chengdu.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One service behind the gateway: where it listens, which path prefixes it owns and how long the gateway waits
 * for it. The base URL is an origin only ({@code http://certificate-service:8081}): paths are forwarded unchanged.
 */
public record Upstream(String name, URI baseUrl, List<String> prefixes, Duration timeout, String description) {

    public Upstream {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeout, "timeout");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("gateway.upstream." + name + " must be an http(s) URL with a host, not "
                    + baseUrl);
        }
        String path = baseUrl.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/") || baseUrl.getRawQuery() != null) {
            throw new IllegalArgumentException("gateway.upstream." + name
                    + " must be an origin without path or query (paths are forwarded unchanged), not " + baseUrl);
        }
        prefixes = prefixes.stream().map(prefix -> normalisePrefix(name, prefix)).toList();
        description = description == null ? "" : description;
    }

    public String host() {
        return baseUrl.getHost();
    }

    public boolean ssl() {
        return baseUrl.getScheme().equalsIgnoreCase("https");
    }

    public int port() {
        return baseUrl.getPort() > 0 ? baseUrl.getPort() : ssl() ? 443 : 80;
    }

    private static String normalisePrefix(String name, String prefix) {
        String trimmed = prefix.trim();
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (!trimmed.startsWith("/") || trimmed.length() < 2) {
            throw new IllegalArgumentException("gateway.route." + name + ".prefixes: '" + prefix
                    + "' must be a path below / such as /api/v1/things");
        }
        return trimmed;
    }
}
