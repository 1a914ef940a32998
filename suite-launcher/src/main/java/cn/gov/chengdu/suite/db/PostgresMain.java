package cn.gov.chengdu.suite.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import cn.gov.chengdu.embedded.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The {@code postgres} part: a small JVM that holds zonky's embedded PostgreSQL ({@code <data directory> <port>}).
 * The data directory survives restarts. SIGTERM or SIGINT stops PostgreSQL ({@code pg_ctl stop -m fast}) and then
 * this JVM. PostgreSQL's own output goes straight to this process's stdout, the part's log.
 */
public final class PostgresMain {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);

    private PostgresMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: PostgresMain DATA_DIRECTORY PORT");
            System.exit(2);
        }
        Path dataDirectory = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        EmbeddedPostgres postgres = start(dataDirectory, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "stop-postgres"));
        System.out.println("postgres: accepting connections on port " + port + ", data in " + dataDirectory);
        new CountDownLatch(1).await();
    }

    public static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        return EmbeddedDatabase.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // zonky's test defaults trade durability for speed; the suite's data must survive a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(STARTUP_WAIT)
                .setOutputRedirector(Redirect.INHERIT)
                .setErrorRedirector(Redirect.INHERIT)
                .start();
    }

    private static void stop(EmbeddedPostgres postgres) {
        System.out.println("postgres: stopping");
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
