package cn.gov.chengdu.suite.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.SuiteException;
import cn.gov.chengdu.suite.SuiteHome;

/**
 * Starts parts as separate OS processes that outlive the command that started them: stdin from /dev/null,
 * stdout and stderr appended to {@code .suite/logs/<part>.log} after a start marker line, pid in
 * {@code .suite/run/<part>.pid}. Once {@link #close() closed} (the supervisor is stopping) it starts nothing more.
 */
public final class PartLauncher {

    private final SuiteHome home;
    private final SuiteProcesses processes;
    private final LaunchPlan plan;
    private boolean closed;

    public PartLauncher(SuiteHome home, SuiteProcesses processes, LaunchPlan plan) {
        this.home = home;
        this.processes = processes;
        this.plan = plan;
    }

    public synchronized LaunchedPart launch(Part part) {
        if (closed) {
            throw new SuiteException("The suite is stopping; not starting " + part.id());
        }
        Path log = home.log(part.id());
        long offset = appendStartMarker(log, part.id() + " on port " + plan.port(part));
        ProcessBuilder builder = detached(plan.command(part), log);
        builder.environment().putAll(plan.environment(part));
        Process process = start(builder, part.id());
        processes.record(part.id(), process.toHandle());
        return new LaunchedPart(part, process, log, offset, Instant.now());
    }

    /** Starts the detached supervisor of {@code up --detach}, logging to {@code .suite/logs/suite.log}. */
    public synchronized Process launchSupervisor() {
        return start(detached(plan.supervisorCommand(), home.log(SuiteProcesses.SUPERVISOR)), SuiteProcesses.SUPERVISOR);
    }

    public synchronized void close() {
        closed = true;
    }

    /** Appends {@code ==== <time> ./suite starts <what> ====} and returns the log's size after it. */
    public static long appendStartMarker(Path log, String what) {
        String marker = "==== " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + " ./suite starts " + what + " ====\n";
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, marker, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return Files.size(log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + log, e);
        }
    }

    private ProcessBuilder detached(List<String> command, Path log) {
        return new ProcessBuilder(command)
                .directory(home.root().toFile())
                .redirectInput(Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()));
    }

    private static Process start(ProcessBuilder builder, String name) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new SuiteException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }
}
