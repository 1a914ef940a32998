package cn.gov.chengdu.suite.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.Settings;
import cn.gov.chengdu.suite.SuiteHome;

/** A shell script plays the part: it writes its log; a local HTTP server answers its health check. */
class ReadinessWaiterTest {

    @TempDir
    Path root;
    private Path log;
    private HttpServer health;
    private Process part;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void startHealthEndpoint() throws IOException {
        log = root.resolve("gateway.log");
        Files.createFile(log);
        health = HttpServer.create(new InetSocketAddress(Part.LOOPBACK, 0), 0);
        health.createContext("/q/health/ready", exchange -> {
            boolean loaded = Files.readString(log).contains("demo-data: done");
            exchange.sendResponseHeaders(loaded ? 200 : 503, -1);
            exchange.close();
        });
        health.start();
    }

    @AfterEach
    void stop() {
        health.stop(0);
        if (part != null) {
            part.destroyForcibly();
        }
    }

    @Test
    void echoesDemoDataProgressUntilThePartIsReady() throws IOException {
        LaunchedPart launched = launch("echo 'starting'; echo 'demo-data: 1000/2000 petitions'; "
                + "echo 'noise'; echo 'demo-data: done'; exec sleep 60");

        Map<Part, Duration> readyIn = waiter(Duration.ofSeconds(30)).await(List.of(launched));

        assertEquals(List.of(Part.GATEWAY), List.copyOf(readyIn.keySet()));
        assertEquals("  [gateway] demo-data: 1000/2000 petitions\n  [gateway] demo-data: done\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPartThatExitsFailsAtOnceWithTheEndOfItsLog() throws IOException {
        LaunchedPart launched = launch("echo 'Port 8080 seems to be in use'; exit 3");

        PartFailedException failure = assertThrows(PartFailedException.class,
                () -> waiter(Duration.ofSeconds(30)).await(List.of(launched)));

        assertEquals(Part.GATEWAY, failure.part());
        assertTrue(failure.getMessage().startsWith("gateway exited with status 3 before it was ready. Last lines of "
                + "gateway.log:\n  | Port 8080 seems to be in use"), failure.getMessage());
    }

    @Test
    void aPartThatNeitherGetsReadyNorReportsProgressTimesOut() throws IOException {
        LaunchedPart launched = launch("exec sleep 60");

        PartFailedException failure = assertThrows(PartFailedException.class,
                () -> waiter(Duration.ofSeconds(1)).await(List.of(launched)));

        assertEquals("gateway was not ready within 1 s. gateway.log is still empty.", failure.getMessage());
    }

    private ReadinessWaiter waiter(Duration timeout) {
        Settings settings = Settings.fromEnvironment(Map.of("SUITE_GATEWAY_PORT",
                Integer.toString(health.getAddress().getPort()))).withReadyTimeout(timeout);
        ReadinessProbe probe = new ReadinessProbe(settings, () -> "no database in this test");
        return new ReadinessWaiter(new SuiteHome(root), settings, probe, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private LaunchedPart launch(String script) throws IOException {
        part = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new LaunchedPart(Part.GATEWAY, part, log, 0, Instant.now());
    }
}
