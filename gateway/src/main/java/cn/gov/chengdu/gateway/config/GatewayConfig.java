package cn.gov.chengdu.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The gateway's settings. Every upstream has a name (certificate, petition, schedule), a base URL and the path
 * prefixes it serves; on Kubernetes the base URLs are the services' names, e.g.
 * {@code GATEWAY_UPSTREAM_CERTIFICATE=http://certificate-service:8081}.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Base URL of each upstream by name: {@code gateway.upstream.certificate=http://localhost:8081}. */
    Map<String, URI> upstream();

    /** What each upstream serves, by the same names: {@code gateway.route.certificate.prefixes=/api/v1/...}. */
    Map<String, Route> route();

    /** How long the gateway waits for a byte from an upstream before answering 504 (unless the route says otherwise). */
    @WithDefault("30s")
    Duration timeout();

    /** How long the gateway waits for a connection to an upstream (including a free one from the pool). */
    @WithDefault("2s")
    Duration connectTimeout();

    /** The most connections the gateway keeps open to one upstream. */
    @WithDefault("64")
    int maxConnections();

    CircuitBreaker circuitBreaker();

    /** How long a readiness probe waits for each upstream's {@code /q/health/ready}. */
    @WithDefault("2s")
    Duration healthTimeout();

    interface Route {

        /** Path prefixes; one matches the path itself and anything below it ({@code /x} and {@code /x/...}). */
        List<String> prefixes();

        /** Overrides {@code gateway.timeout} for this upstream. */
        Optional<Duration> timeout();

        /** One line shown on the {@code /docs} page. */
        Optional<String> description();
    }

    interface CircuitBreaker {

        /** Consecutive failures (no connection, broken exchange, timeout) after which the circuit opens. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before one request may try the upstream again. */
        @WithDefault("10s")
        Duration openFor();
    }
}
