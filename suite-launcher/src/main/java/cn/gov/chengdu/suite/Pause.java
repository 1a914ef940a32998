package cn.gov.chengdu.suite;

import java.time.Duration;

/** The wait between two looks at a condition that is polled against a deadline. */
public final class Pause {

    private static final Duration BRIEF = Duration.ofMillis(200);

    private Pause() {
    }

    public static void briefly() {
        pause(BRIEF);
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("Interrupted", e);
        }
    }
}
