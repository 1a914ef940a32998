package cn.gov.chengdu.suite.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.Pause;
import cn.gov.chengdu.suite.SuiteException;
import cn.gov.chengdu.suite.process.PartStatus;
import cn.gov.chengdu.suite.process.SuiteProcesses;

/**
 * {@code up} in the foreground, and the background process of {@code up --detach}: starts the parts that are down
 * stage by stage, prints where the suite answers, then watches its parts until SIGINT, SIGTERM or SIGHUP, when it
 * stops them all in reverse order. A failed start stops everything too.
 */
final class Supervisor {

    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);

    private final SuiteContext suite;
    private final boolean detached;
    private volatile boolean stopping;

    Supervisor(SuiteContext suite, boolean detached) {
        this.suite = suite;
        this.detached = detached;
    }

    int run() throws IOException {
        Files.createDirectories(suite.home.run());
        try (FileChannel channel = FileChannel.open(suite.home.supervisorLock(), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                suite.out.println(DetachedUp.alreadyRunning(suite));
                return 0;
            }
            suite.processes.record(SuiteProcesses.SUPERVISOR, ProcessHandle.current());
            Files.deleteIfExists(suite.home.readyMarker());
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopSuite, "stop-suite"));
            try {
                List<PartStatus> statuses = startAll();
                printSummary(statuses);
                Files.createFile(suite.home.readyMarker());
            } catch (SuiteException e) {
                if (stopping) {
                    return 1;
                }
                throw e;
            }
            watch();
            return 0;
        }
    }

    private List<PartStatus> startAll() {
        suite.prepareSecrets();
        List<PartStatus> statuses = new ArrayList<>();
        for (List<Part> stage : Part.START_STAGES) {
            statuses.addAll(suite.starter.start(stage));
        }
        return statuses;
    }

    private void printSummary(List<PartStatus> statuses) {
        suite.out.println();
        suite.out.println("The suite is up.");
        suite.out.println("  Gateway:  " + suite.gatewayUrl() + " (on " + suite.settings.listenAddress(Part.GATEWAY)
                + "; PostgreSQL and the services on " + Part.LOOPBACK + " only)");
        suite.out.println("  API docs: " + suite.gatewayUrl() + "/docs");
        suite.out.println("  Callers:  ./suite apikey prints the demo integrator's X-API-Key, ./suite token ROLE a JWT");
        statuses.forEach(status -> suite.out.println(status.line()));
        if (!detached) {
            suite.out.println("Ctrl-C stops it (or ./suite down from another terminal).");
        }
    }

    /** Reports parts going down or coming up (./suite stop|start PART) until the JVM is told to stop. */
    private void watch() {
        Map<Part, Long> seen = runningPids();
        while (!stopping) {
            Pause.pause(WATCH_INTERVAL);
            Map<Part, Long> now = runningPids();
            for (Part part : Part.values()) {
                Long pid = now.get(part);
                if (!stopping && !Objects.equals(seen.get(part), pid)) {
                    suite.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + part.id()
                            + (pid == null ? " is down" : " is up (pid " + pid + ")"));
                }
            }
            seen = now;
        }
    }

    private Map<Part, Long> runningPids() {
        Map<Part, Long> pids = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            suite.processes.find(part).ifPresent(process -> pids.put(part, process.pid()));
        }
        return pids;
    }

    private void stopSuite() {
        stopping = true;
        suite.launcher.close();
        suite.out.println();
        suite.out.println("Stopping the suite");
        suite.stopper.stopAll();
        suite.processes.forget(SuiteProcesses.SUPERVISOR);
        try {
            Files.deleteIfExists(suite.home.readyMarker());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        suite.out.println("The suite is stopped.");
    }
}
