package cn.gov.chengdu.suite.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server running on the suite's data directory, found through its {@code postmaster.pid}. zonky starts
 * it with {@code pg_ctl}, detached from the JVM, so a JVM killed without its shutdown hook leaves it behind.
 */
public final class Postmaster {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private Postmaster() {
    }

    public static Optional<ProcessHandle> find(Path dataDirectory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(Postmaster::isPostgres);
    }

    /** Fast shutdown (SIGINT: sessions are ended, a checkpoint is written); SIGKILL if it takes too long. */
    public static void stop(ProcessHandle postmaster) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            postmaster.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ProcessStopper.awaitExitOrKill(List.of(postmaster), GRACE);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/postgres"))
                .or(() -> process.info().commandLine().map(line -> line.contains("postgres")))
                .orElse(false);
    }
}
