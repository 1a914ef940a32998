package cn.gov.chengdu.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The one way this project starts its embedded PostgreSQL, for the suite and the tests alike: zonky's binaries
 * for this OS/arch (chosen by a Maven profile), a UTF-8 cluster with a UTF-8 ctype so that {@code pg_trgm} finds
 * trigrams in Chinese text ({@code C} would not), and the extensions the services rely on.
 * <p>
 * Access is left as zonky makes it ({@code initdb -A trust}, a superuser without a password): right for the tests'
 * throw-away databases in a temporary directory. The suite's long-lived one adds a superuser password,
 * {@code scram-sha-256} for every connection and {@code listen_addresses = 127.0.0.1} on top (suite-launcher's
 * {@code PostgresMain}).
 */
public final class EmbeddedDatabase {

    /** Extensions created as superuser; in production the operator's bootstrap SQL creates them. */
    public static final List<String> EXTENSIONS = List.of("pg_trgm", "btree_gist");

    private EmbeddedDatabase() {
    }

    /** A builder with the project's locale and encoding; callers add data directory, port and tuning. */
    public static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", utf8Locale())
                .setServerConfig("max_connections", "200");
    }

    /** Creates the shared extensions (idempotent). */
    public static void createExtensions(Connection superuser) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            for (String extension : EXTENSIONS) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS " + extension);
            }
        }
    }

    /** The UTF-8 locale initdb knows on this OS: {@code C.UTF-8} on Linux, {@code en_US.UTF-8} on macOS. */
    public static String utf8Locale() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.contains("mac") ? "en_US.UTF-8" : "C.UTF-8";
    }
}
