package cn.gov.chengdu.gateway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.gov.chengdu.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * The upstreams the gateway tests run against:
 * <ul>
 * <li>certificate and schedule: working {@link FakeUpstream}s (schedule with a 2 s timeout, for the 504 test);</li>
 * <li>petition: a closed port (connection refused);</li>
 * <li>flaky: a fake whose {@code /drop} paths break off, for the circuit breaker (circuit opens after 3);</li>
 * <li>unreachable: another closed port, for counting retries without other tests opening its circuit;</li>
 * <li>toggled: a free port on which a test starts and stops its own server (down, then back);</li>
 * <li>narrow: a fake reached through a single pooled connection (3 s timeout), for pool waits.</li>
 * </ul>
 * Contracts are the small ones in {@code test-contracts/}; API keys are {@link TestApiKeys}; 127.0.0.2 is the
 * trusted proxy (tests play the ingress by connecting from that address); timeouts are short so that the tests
 * of slow clients and upstreams take about a second.
 */
public class UpstreamsResource implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>(TestTokens.verificationConfig());
        config.put("gateway.upstream.certificate", "http://localhost:" + await(FakeUpstream.start(vertx, "certificate")));
        config.put("gateway.upstream.schedule", "http://localhost:" + await(FakeUpstream.start(vertx, "schedule")));
        config.put("gateway.route.schedule.timeout", "2s");
        config.put("gateway.upstream.petition", "http://localhost:" + closedPort());
        config.put("gateway.upstream.flaky", "http://localhost:" + await(FakeUpstream.start(vertx, "flaky")));
        config.put("gateway.route.flaky.prefixes", "/api/v1/flaky");
        config.put("gateway.upstream.unreachable", "http://localhost:" + closedPort());
        config.put("gateway.route.unreachable.prefixes", "/api/v1/unreachable");
        config.put("gateway.upstream.toggled", "http://localhost:" + closedPort());
        config.put("gateway.route.toggled.prefixes", "/api/v1/toggled");
        config.put("gateway.upstream.narrow", "http://localhost:" + await(FakeUpstream.start(vertx, "narrow")));
        config.put("gateway.route.narrow.prefixes", "/api/v1/narrow");
        config.put("gateway.route.narrow.max-connections", "1");
        config.put("gateway.route.narrow.timeout", "3s");
        for (String name : new String[] { "certificate", "schedule", "petition" }) {
            config.put("gateway.route." + name + ".contract", "test-contracts/" + name + ".yaml");
        }
        for (String name : new String[] { "flaky", "unreachable", "toggled", "narrow" }) {
            config.put("gateway.route." + name + ".contract", "test-contracts/anything-public.yaml");
        }
        config.put("gateway.api-keys-file", TestApiKeys.writeKeysFile().toString());
        config.put("gateway.trusted-proxies", "127.0.0.2");
        config.put("gateway.client-timeout", "700ms");
        config.put("gateway.connect-timeout", "500ms");
        config.put("gateway.pool-wait-timeout", "600ms");
        config.put("gateway.max-body-size", "1M");
        config.put("gateway.large-body-max-size", "8M");
        config.put("gateway.rate-limit.anonymous-rate", "1000");
        config.put("gateway.rate-limit.anonymous-burst", "2000");
        config.put("gateway.rate-limit.subject-rate", "1000");
        config.put("gateway.rate-limit.subject-burst", "2000");
        config.put("gateway.circuit-breaker.failure-threshold", "3");
        config.put("gateway.circuit-breaker.open-for", "2s");
        config.put("gateway.health-timeout", "5s");
        config.put("gateway.status-cache-for", "0s");
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close());
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting or stopping the fake upstreams", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("A fake upstream did not start or stop", e);
        }
    }

    /** A port nothing listens on: taken from the OS, then released. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
