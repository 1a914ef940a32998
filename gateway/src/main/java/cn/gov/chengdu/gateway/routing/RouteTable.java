package cn.gov.chengdu.gateway.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import cn.gov.chengdu.gateway.config.GatewayConfig;

/**
 * Which upstream serves a path. A prefix matches the path itself or anything below it ({@code /api/v1/certificates}
 * matches {@code /api/v1/certificates/7} but never {@code /api/v1/certificates-foo}); the longest matching prefix
 * wins, and every prefix belongs to exactly one upstream (DESIGN §3).
 */
public final class RouteTable {

    private final List<Upstream> upstreams;
    private final PrefixRoute[] longestFirst;

    public RouteTable(List<Upstream> upstreams) {
        this.upstreams = upstreams.stream().sorted(Comparator.comparing(Upstream::name)).toList();
        Map<String, String> owners = new HashMap<>();
        List<PrefixRoute> routes = new ArrayList<>();
        for (Upstream upstream : this.upstreams) {
            for (String prefix : upstream.prefixes()) {
                String owner = owners.putIfAbsent(prefix, upstream.name());
                if (owner != null) {
                    throw new IllegalArgumentException("Path prefix " + prefix + " is configured for both " + owner
                            + " and " + upstream.name() + "; every prefix belongs to one upstream");
                }
                routes.add(new PrefixRoute(prefix, upstream));
            }
        }
        routes.sort(Comparator.comparingInt((PrefixRoute route) -> route.prefix().length()).reversed());
        this.longestFirst = routes.toArray(PrefixRoute[]::new);
    }

    /** The table the configuration describes; refuses upstreams without routes and routes without upstreams. */
    public static RouteTable fromConfig(GatewayConfig config) {
        TreeSet<String> names = new TreeSet<>(config.upstream().keySet());
        names.addAll(config.route().keySet());
        List<Upstream> upstreams = new ArrayList<>();
        for (String name : names) {
            if (!config.upstream().containsKey(name)) {
                throw new IllegalArgumentException("gateway.route." + name + " has no gateway.upstream." + name);
            }
            GatewayConfig.Route route = config.route().get(name);
            if (route == null) {
                throw new IllegalArgumentException("gateway.upstream." + name + " has no gateway.route." + name
                        + ".prefixes");
            }
            upstreams.add(new Upstream(name, config.upstream().get(name), route.prefixes(),
                    route.timeout().orElse(config.timeout()), route.description().orElse("")));
        }
        return new RouteTable(upstreams);
    }

    /** The route for a (normalised) request path, or {@code null} when no prefix matches. */
    public PrefixRoute route(String path) {
        for (PrefixRoute route : longestFirst) {
            if (route.matches(path)) {
                return route;
            }
        }
        return null;
    }

    /** The upstream for a (normalised) request path, if any prefix matches. */
    public Optional<Upstream> match(String path) {
        PrefixRoute route = route(path);
        return route == null ? Optional.empty() : Optional.of(route.upstream());
    }

    /** Every prefix route, longest prefix first. */
    public List<PrefixRoute> routes() {
        return List.of(longestFirst);
    }

    public Optional<Upstream> byName(String name) {
        return upstreams.stream().filter(upstream -> upstream.name().equals(name)).findFirst();
    }

    /** All upstreams, by name. */
    public List<Upstream> upstreams() {
        return upstreams;
    }

    /** One prefix and the upstream that owns it. */
    public record PrefixRoute(String prefix, Upstream upstream) {

        boolean matches(String path) {
            return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
        }
    }
}
