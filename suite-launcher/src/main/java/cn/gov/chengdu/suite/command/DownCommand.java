package cn.gov.chengdu.suite.command;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import cn.gov.chengdu.suite.process.ProcessStopper;
import cn.gov.chengdu.suite.process.SuiteProcesses;

/**
 * {@code down}: stops the supervisor, which stops its parts in reverse order; then whatever is left: parts started
 * without a supervisor, a postmaster whose JVM was killed, and any process still carrying this suite's marker.
 */
final class DownCommand {

    /** The supervisor stops up to three stages, each within its grace period. */
    private static final Duration SUPERVISOR_GRACE = Duration.ofSeconds(120);
    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(30);

    private final SuiteContext suite;

    DownCommand(SuiteContext suite) {
        this.suite = suite;
    }

    int run() {
        Optional<ProcessHandle> supervisor = suite.processes.find(SuiteProcesses.SUPERVISOR);
        supervisor.ifPresent(process -> {
            suite.out.println("Stopping the suite (supervisor pid " + process.pid() + ")");
            ProcessStopper.stop(List.of(process), SUPERVISOR_GRACE);
            suite.processes.forget(SuiteProcesses.SUPERVISOR);
        });
        suite.stopper.stopAll();
        List<ProcessHandle> leftovers = suite.processes.leftovers();
        leftovers.forEach(process -> suite.out.println("Stopping leftover process " + process.pid() + " "
                + process.info().commandLine().orElse("")));
        ProcessStopper.stop(leftovers, LEFTOVER_GRACE);
        suite.out.println("The suite is down.");
        return 0;
    }
}
