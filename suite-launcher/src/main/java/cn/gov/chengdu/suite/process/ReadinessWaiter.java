package cn.gov.chengdu.suite.process;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.Pause;
import cn.gov.chengdu.suite.Settings;
import cn.gov.chengdu.suite.SuiteHome;

/**
 * Waits until parts started together are ready, echoing the {@code demo-data} progress lines of their logs so that
 * a long first load is visibly moving. A part fails as soon as its process exits, or when it has been neither ready
 * nor printing progress for the ready timeout: a load that keeps reporting progress is given the time it needs.
 */
public final class ReadinessWaiter {

    private static final String PROGRESS_MARK = "demo-data";
    private static final int TAIL_LINES = 40;

    private final SuiteHome home;
    private final Settings settings;
    private final ReadinessProbe probe;
    private final PrintStream out;

    public ReadinessWaiter(SuiteHome home, Settings settings, ReadinessProbe probe, PrintStream out) {
        this.home = home;
        this.settings = settings;
        this.probe = probe;
        this.out = out;
    }

    /** How long each took from launch to ready. */
    public Map<Part, Duration> await(List<LaunchedPart> launched) {
        List<Watch> pending = new ArrayList<>(launched.stream().map(Watch::new).toList());
        Map<Part, Duration> readyIn = new EnumMap<>(Part.class);
        while (!pending.isEmpty()) {
            for (Watch watch : List.copyOf(pending)) {
                watch.echoProgress();
                if (probe.isReady(watch.part())) {
                    readyIn.put(watch.part(), Duration.between(watch.launched.launchedAt(), Instant.now()));
                    watch.echoProgress(); // what it logged between the last look and being ready
                    pending.remove(watch);
                } else if (!watch.launched.process().isAlive()) {
                    throw watch.failure("exited with status " + watch.launched.process().exitValue()
                            + " before it was ready");
                } else if (Instant.now().isAfter(watch.deadline())) {
                    throw watch.failure("was not ready within " + settings.readyTimeout().toSeconds() + " s");
                }
            }
            if (!pending.isEmpty()) {
                Pause.briefly();
            }
        }
        return readyIn;
    }

    private final class Watch {
        private final LaunchedPart launched;
        private final LogFollower log;
        private Instant lastSign;

        Watch(LaunchedPart launched) {
            this.launched = launched;
            this.log = launched.followLog();
            this.lastSign = launched.launchedAt();
        }

        Part part() {
            return launched.part();
        }

        void echoProgress() {
            for (String line : log.newLines()) {
                if (line.contains(PROGRESS_MARK)) {
                    out.println("  [" + part().id() + "] " + line);
                    lastSign = Instant.now();
                }
            }
        }

        Instant deadline() {
            return lastSign.plus(settings.readyTimeout());
        }

        PartFailedException failure(String reason) {
            return new PartFailedException(part(), reason, home.root().relativize(launched.log()).toString(),
                    LogFollower.tail(launched.log(), launched.logOffset(), TAIL_LINES));
        }
    }
}
