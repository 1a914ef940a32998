package cn.gov.chengdu.suite.command;

import java.time.Duration;
import java.util.Optional;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.Settings;

/** One parsed {@code ./suite} command line (all but {@code token}, which has its own fast entry point). */
public record Command(Verb verb, Optional<Part> part, boolean detach, Optional<Duration> timeout) {

    public enum Verb {
        /** Start every part that is down and supervise the suite (foreground, or {@code --detach}). */
        UP,
        /** What {@code up --detach} runs in the background. */
        SUPERVISE,
        DOWN,
        STATUS,
        START,
        STOP
    }

    public Settings applyTo(Settings settings) {
        return timeout.map(settings::withReadyTimeout).orElse(settings);
    }
}
