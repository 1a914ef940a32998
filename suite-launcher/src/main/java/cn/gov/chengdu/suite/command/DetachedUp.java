package cn.gov.chengdu.suite.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.gov.chengdu.suite.Pause;
import cn.gov.chengdu.suite.process.LogFollower;
import cn.gov.chengdu.suite.process.PartLauncher;
import cn.gov.chengdu.suite.process.SuiteProcesses;

/**
 * {@code up --detach}: starts the supervisor as a background process (its own session, output to
 * {@code .suite/logs/suite.log}), echoes that log, and returns once the suite is ready (status 0) or the supervisor
 * gave up (status 1, the log shows which part failed and why).
 */
final class DetachedUp {

    private final SuiteContext suite;

    DetachedUp(SuiteContext suite) {
        this.suite = suite;
    }

    int run() throws IOException {
        if (suite.processes.find(SuiteProcesses.SUPERVISOR).isPresent()) {
            suite.out.println(alreadyRunning(suite));
            return 0;
        }
        Files.deleteIfExists(suite.home.readyMarker());
        Path log = suite.home.log(SuiteProcesses.SUPERVISOR);
        LogFollower follower = new LogFollower(log, PartLauncher.appendStartMarker(log, "the suite (up --detach)"));
        Process supervisor = suite.launcher.launchSupervisor();
        while (true) {
            follower.newLines().forEach(suite.out::println);
            if (Files.exists(suite.home.readyMarker())) {
                follower.newLines().forEach(suite.out::println);
                suite.out.println("It runs in the background (supervisor pid " + supervisor.pid() + ", log "
                        + suite.home.root().relativize(log) + "). ./suite status shows it, ./suite down stops it.");
                return 0;
            }
            if (!supervisor.isAlive()) {
                follower.newLines().forEach(suite.out::println);
                System.err.println("suite: the suite did not start; see " + suite.home.root().relativize(log));
                return 1;
            }
            Pause.briefly();
        }
    }

    static String alreadyRunning(SuiteContext suite) {
        String pid = suite.processes.find(SuiteProcesses.SUPERVISOR).map(process -> " (supervisor pid " + process.pid() + ")")
                .orElse("");
        return "The suite is already running" + pid + ". ./suite status shows its parts, ./suite down stops it.";
    }
}
