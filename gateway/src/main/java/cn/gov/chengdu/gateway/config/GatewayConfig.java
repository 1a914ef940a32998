package cn.gov.chengdu.gateway.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The gateway's settings (README "Configuration"). Every upstream has a name (certificate, petition, schedule), a
 * base URL and the path prefixes it serves; on Kubernetes the base URLs are the services' names, e.g.
 * {@code GATEWAY_UPSTREAM_CERTIFICATE=http://certificate-service:8081}.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Base URL of each upstream by name: {@code gateway.upstream.certificate=http://localhost:8081}. */
    Map<String, URI> upstream();

    /** What each upstream serves, by the same names: {@code gateway.route.certificate.prefixes=/api/v1/...}. */
    Map<String, Route> route();

    /**
     * How long the gateway waits for an upstream: for the answer once the request is sent, for each further piece
     * of a streamed answer, and for the upstream to take more of a request body. Past it: 504 (or the exchange is
     * cut if the answer had started). Overridden per route with {@code gateway.route.<name>.timeout}.
     */
    @WithDefault("30s")
    Duration timeout();

    /** How long a client may leave the gateway waiting: for the next piece of its request body, or to read more of
     * its answer. Past it the exchange ends (408 if nothing was answered yet); the upstream is not blamed. */
    @WithDefault("30s")
    Duration clientTimeout();

    /** How long the gateway waits for a TCP connection to an upstream. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** The most connections the gateway keeps open to one upstream. */
    @WithDefault("64")
    int maxConnections();

    /** How long a request may wait for a free connection when all {@code max-connections} are busy (then 503,
     * without counting against the upstream). */
    @WithDefault("5s")
    Duration poolWaitTimeout();

    /** How many requests may wait for a free connection to one upstream; more are refused at once (503). */
    @WithDefault("1024")
    int maxWaiting();

    /**
     * Request bodies up to this size are read whole before an upstream connection is taken, so a slow or stalled
     * client never holds one; larger bodies stream through as they come.
     */
    @WithDefault("64K")
    MemorySize requestBuffer();

    /** Request body limit (413 above it), except on the large-body routes. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Routes that take large streamed bodies (NDJSON imports), as {@code METHOD /path}. */
    @WithDefault("POST /api/v1/petitions/import,POST /api/v1/cases/import")
    List<String> largeBodyRoutes();

    /** The body limit of the large-body routes; {@code quarkus.http.limits.max-body-size} must be at least this. */
    @WithDefault("512M")
    MemorySize largeBodyMaxSize();

    /** Proxies whose {@code X-Forwarded-*} / {@code Forwarded} headers are believed: addresses or CIDR ranges
     * ({@code GATEWAY_TRUSTED_PROXIES=10.0.0.0/8,fd00::/8}). None by default: clients connect directly. */
    Optional<List<String>> trustedProxies();

    /** The API keys file ({@code GATEWAY_API_KEYS_FILE}); without one, no key is accepted. */
    Optional<Path> apiKeysFile();

    /** How often the API keys file is checked for changes (0 = never). */
    @WithDefault("10s")
    Duration apiKeysReloadInterval();

    RateLimit rateLimit();

    /** How many verified bearer tokens are remembered (until each one's {@code exp}). */
    @WithDefault("10000")
    int tokenCacheSize();

    CircuitBreaker circuitBreaker();

    /** How long a probe of an upstream's {@code /q/health/ready} may take (readiness and /api/v1/status). */
    @WithDefault("2s")
    Duration healthTimeout();

    /** How long one probe round's result is reused by /api/v1/status and readiness. */
    @WithDefault("2s")
    Duration statusCacheFor();

    interface Route {

        /** Path prefixes; one matches the path itself and anything below it ({@code /x} and {@code /x/...}). */
        List<String> prefixes();

        /** Overrides {@code gateway.timeout} for this upstream. */
        Optional<Duration> timeout();

        /** One line shown on the docs page. */
        Optional<String> description();

        /** Overrides {@code gateway.max-connections} for this upstream. */
        Optional<Integer> maxConnections();

        /**
         * The upstream's OpenAPI contract: a class-path resource or a file. Default: the committed contract bundled
         * at build time ({@code contracts/<name>/openapi.yaml}). Without a contract every operation of the
         * upstream needs a bearer token.
         */
        Optional<String> contract();
    }

    interface RateLimit {

        /** Whether requests are rate-limited at all. */
        @WithDefault("true")
        boolean enabled();

        /** Anonymous callers, per client IP: requests per second. */
        @WithDefault("100")
        long anonymousRate();

        @WithDefault("200")
        long anonymousBurst();

        /** Callers with a bearer token, per token subject. */
        @WithDefault("50")
        long subjectRate();

        @WithDefault("100")
        long subjectBurst();

        /** The most consumers tracked at once (idle ones are forgotten first). */
        @WithDefault("100000")
        int maxConsumers();
    }

    interface CircuitBreaker {

        /** Consecutive upstream failures (no connection, broken exchange, timeout) after which the circuit opens. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before one request may try the upstream again. */
        @WithDefault("10s")
        Duration openFor();
    }
}
