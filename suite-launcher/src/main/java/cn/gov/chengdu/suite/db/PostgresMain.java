package cn.gov.chengdu.suite.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import cn.gov.chengdu.embedded.EmbeddedDatabase;
import cn.gov.chengdu.suite.DatabaseTarget;
import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.keys.KeyFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The {@code postgres} part: a small JVM that holds zonky's embedded PostgreSQL
 * ({@code <data directory> <port> <db.properties>}). The data directory survives restarts. PostgreSQL listens on
 * 127.0.0.1 only and asks every connection for a password ({@link ServerAccess}); the superuser's is in
 * {@code db.properties}. SIGTERM or SIGINT stops PostgreSQL ({@code pg_ctl stop -m fast}) and then this JVM.
 * PostgreSQL's own output goes straight to this process's stdout, the part's log.
 */
public final class PostgresMain {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);

    private PostgresMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: PostgresMain DATA_DIRECTORY PORT DB_PROPERTIES");
            System.exit(2);
        }
        Path dataDirectory = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Path secretsFile = Path.of(args[2]);
        EmbeddedPostgres postgres;
        try {
            postgres = start(dataDirectory, port, DbSecrets.forEmbeddedDatabase(secretsFile).superuserPassword());
        } catch (IOException e) {
            System.err.println("postgres: " + reason(e, dataDirectory, secretsFile));
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            // zonky's shutdown hook stops a PostgreSQL that did start
            System.err.println("postgres: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "stop-postgres"));
        System.out.println("postgres: accepting connections on " + Part.LOOPBACK + ":" + port
                + " (password required), data in " + dataDirectory);
        new CountDownLatch(1).await();
    }

    /**
     * Starts PostgreSQL on the data directory, making the cluster on first use with {@code superuserPassword}, and
     * returns once it asks every connection for a password.
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port, String superuserPassword) throws IOException {
        // zonky runs initdb when postgresql.conf is missing, as it decides here
        boolean newCluster = !Files.exists(dataDirectory.resolve("postgresql.conf"));
        EmbeddedPostgres.Builder builder = EmbeddedDatabase.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", Part.LOOPBACK)
                .setServerConfig("password_encryption", "scram-sha-256")
                // zonky's test defaults trade durability for speed; the suite's data must survive a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // zonky waits for the server by logging in as the superuser
                .setConnectConfig("password", superuserPassword)
                .setDataDirectoryCustomizer(directory -> ServerAccess.prepare(directory.toPath(), newCluster))
                .setPGStartupWait(STARTUP_WAIT)
                .setOutputRedirector(Redirect.INHERIT)
                .setErrorRedirector(Redirect.INHERIT);
        EmbeddedPostgres postgres;
        if (newCluster) {
            // zonky passes every "locale" setting to initdb as --name=value; a later --auth overrides its -A trust
            Path passwordFile = KeyFiles.writePrivateTemporary(dataDirectory.toAbsolutePath().getParent(),
                    superuserPassword + "\n");
            try {
                postgres = builder.setLocaleConfig("auth", "scram-sha-256")
                        .setLocaleConfig("pwfile", passwordFile.toString())
                        .start();
            } finally {
                Files.deleteIfExists(passwordFile);
            }
        } else {
            postgres = builder.start();
        }
        ServerAccess.requirePasswords(new DatabaseTarget.Embedded(port), superuserPassword);
        return postgres;
    }

    private static String reason(IOException failure, Path dataDirectory, Path secretsFile) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "28P01".equals(sql.getSQLState())) {
                return "the superuser password in " + secretsFile + " does not open " + dataDirectory
                        + " (was the file replaced?). Put the old file back, or delete " + dataDirectory
                        + " (all data) to start from scratch.";
            }
        }
        return "could not start PostgreSQL: " + failure;
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
