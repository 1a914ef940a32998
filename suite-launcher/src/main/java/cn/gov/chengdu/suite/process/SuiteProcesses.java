package cn.gov.chengdu.suite.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.SuiteHome;

/**
 * The processes of one suite, each recorded in a pid file {@code .suite/run/<name>.pid}. A pid counts only while
 * its process still carries this suite's marker ({@code -Dchengdu.suite.home=<root>}) on its command line, so a
 * stale pid file or a reused pid never makes a stranger look like a part.
 */
public final class SuiteProcesses {

    /** The supervisor's name: {@code .suite/run/suite.pid}, {@code .suite/logs/suite.log}. */
    public static final String SUPERVISOR = "suite";
    private static final String PART_PROPERTY = "chengdu.suite.part";

    private final SuiteHome home;

    public SuiteProcesses(SuiteHome home) {
        this.home = home;
    }

    /** JVM options that mark a process as this suite's {@code name}. */
    public List<String> markers(String name) {
        return List.of(homeMarker(), "-D" + PART_PROPERTY + "=" + name);
    }

    public Optional<ProcessHandle> find(Part part) {
        return find(part.id());
    }

    public Optional<ProcessHandle> find(String name) {
        Path pidFile = home.pidFile(name);
        String pid;
        try {
            pid = Files.readString(pidFile, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!pid.matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).filter(this::isOurs);
    }

    public void record(String name, ProcessHandle process) {
        try {
            Files.createDirectories(home.run());
            Files.writeString(home.pidFile(name), process.pid() + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void forget(String name) {
        try {
            Files.deleteIfExists(home.pidFile(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every process still running that this suite started as a part or as a detached supervisor. */
    public List<ProcessHandle> leftovers() {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != self && isOurs(process))
                .filter(process -> arguments(process).stream().anyMatch(arg -> arg.startsWith("-D" + PART_PROPERTY + "=")))
                .toList();
    }

    private boolean isOurs(ProcessHandle process) {
        return arguments(process).contains(homeMarker());
    }

    private String homeMarker() {
        return "-D" + SuiteHome.PROPERTY + "=" + home.root();
    }

    private static List<String> arguments(ProcessHandle process) {
        return process.info().arguments().map(Arrays::asList).orElse(List.of());
    }
}
