package cn.gov.chengdu.suite.process;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import cn.gov.chengdu.suite.Part;

/** One line of {@code ./suite status} and of the summary {@code up} prints. */
public record PartStatus(Part part, String state, int port, Optional<Long> pid, Optional<Duration> readyIn) {

    public static final String UP = "up";
    /** Running, but not answering (yet): starting up, or its database is away. */
    public static final String NOT_READY = "not-ready";
    /** A PostgreSQL left running on the data directory without its postgres part; ./suite down stops it. */
    public static final String LEFT_BEHIND = "left-behind";
    public static final String DOWN = "down";
    public static final String EXTERNAL = "external";

    public String line() {
        if (state.equals(EXTERNAL)) {
            return String.format(Locale.ROOT, "  %-20s %-11s (SUITE_DB_URL)", part.id(), state);
        }
        String readiness = readyIn.map(duration -> String.format(Locale.ROOT, "ready in %.1f s", duration.toMillis() / 1000.0))
                .orElse("");
        return String.format(Locale.ROOT, "  %-20s %-11s port %-6d pid %-8s %s", part.id(), state, port,
                pid.map(String::valueOf).orElse("-"), readiness).stripTrailing();
    }
}
