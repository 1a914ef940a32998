package cn.gov.chengdu.suite.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import cn.gov.chengdu.embedded.EmbeddedDatabase;
import cn.gov.chengdu.suite.DatabaseTarget;
import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.Pause;
import cn.gov.chengdu.suite.SuiteException;

/**
 * What the database needs before the services start; idempotent, run on every start. Embedded: the database
 * {@code chengdu}, one login role per service with its password from {@link DbSecrets} and its schema first on its
 * search path, each service's schema owned by its role (so no service can touch another's tables), the shared extensions, and a {@code pg_hba.conf} rule
 * that makes the service roles log in with their passwords. External: the schemas, and the extensions if allowed.
 */
public final class DatabaseBootstrap {

    static final String HBA_MARKER = "# chengdu-suite: service roles";
    private static final Pattern SAFE_PASSWORD = Pattern.compile("[A-Za-z0-9_-]{16,}");
    private static final Duration RELOAD_WAIT = Duration.ofSeconds(10);

    private DatabaseBootstrap() {
    }

    public static void prepareEmbedded(DatabaseTarget.Embedded target, DbSecrets secrets) {
        try {
            try (Connection postgres = Jdbc.superuser(target.port(), "postgres")) {
                createDatabaseIfAbsent(postgres);
                for (Part service : Part.SERVICES) {
                    createOrUpdateRole(postgres, service.role(), secrets.password(service.role()));
                    execute(postgres, "ALTER ROLE " + service.role() + " SET search_path = " + service.schema() + ", public");
                }
                requirePasswordsOfServiceRoles(postgres, target.port());
            }
            try (Connection chengdu = Jdbc.superuser(target.port(), DatabaseTarget.EMBEDDED_DATABASE)) {
                for (Part service : Part.SERVICES) {
                    execute(chengdu, "CREATE SCHEMA IF NOT EXISTS " + service.schema() + " AUTHORIZATION " + service.role());
                    execute(chengdu, "ALTER SCHEMA " + service.schema() + " OWNER TO " + service.role());
                }
                EmbeddedDatabase.createExtensions(chengdu);
            }
        } catch (SQLException e) {
            throw new SuiteException("Could not prepare the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Creates the schemas as the given user; an extension it may not create is a warning, not a failure. */
    public static void prepareExternal(DatabaseTarget.External target, Consumer<String> warnings) {
        try (Connection connection = Jdbc.connect(target.jdbcUrl(), target.user(), target.password())) {
            for (Part service : Part.SERVICES) {
                execute(connection, "CREATE SCHEMA IF NOT EXISTS " + service.schema());
            }
            for (String extension : EmbeddedDatabase.EXTENSIONS) {
                try {
                    execute(connection, "CREATE EXTENSION IF NOT EXISTS " + extension);
                } catch (SQLException e) {
                    warnings.accept("could not create extension " + extension + " (" + e.getMessage().strip()
                            + "); ask the database's administrator to create it");
                }
            }
        } catch (SQLException e) {
            throw new SuiteException("Could not prepare the external PostgreSQL " + target.jdbcUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void createDatabaseIfAbsent(Connection postgres) throws SQLException {
        try (PreparedStatement query = postgres.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, DatabaseTarget.EMBEDDED_DATABASE);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        execute(postgres, "CREATE DATABASE " + DatabaseTarget.EMBEDDED_DATABASE);
    }

    private static void createOrUpdateRole(Connection postgres, String role, String password) throws SQLException {
        if (!SAFE_PASSWORD.matcher(password).matches()) {
            throw new IllegalArgumentException("The password of " + role + " in db.properties must be base64url");
        }
        boolean exists;
        try (PreparedStatement query = postgres.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                exists = rows.next();
            }
        }
        execute(postgres, (exists ? "ALTER ROLE " : "CREATE ROLE ") + role + " WITH LOGIN PASSWORD '" + password + "'");
    }

    /**
     * zonky's {@code initdb -A trust} lets anyone in without a password. A rule in front of that makes the service
     * roles use theirs over TCP, as they must in production, so a wrong password fails here too.
     */
    private static void requirePasswordsOfServiceRoles(Connection postgres, int port) throws SQLException {
        Path hbaFile = Path.of(queryString(postgres, "SHOW hba_file"));
        try {
            String rules = Files.readString(hbaFile, StandardCharsets.UTF_8);
            if (rules.contains(HBA_MARKER)) {
                return;
            }
            String roles = String.join(",", Part.SERVICES.stream().map(Part::role).toList());
            String serviceRules = HBA_MARKER + " log in with the passwords in .suite/secrets/db.properties\n"
                    + "host all " + roles + " 127.0.0.1/32 scram-sha-256\n"
                    + "host all " + roles + " ::1/128 scram-sha-256\n\n";
            Timestamp loadedBefore = configurationLoadTime(postgres);
            // written in place: the file keeps the owner PostgreSQL runs as
            Files.writeString(hbaFile, serviceRules + rules, StandardCharsets.UTF_8);
            execute(postgres, "SELECT pg_reload_conf()");
            awaitReload(port, loadedBefore);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not update " + hbaFile, e);
        }
    }

    /** The postmaster reloads asynchronously; a new session shows the new load time once the new rules apply. */
    private static void awaitReload(int port, Timestamp loadedBefore) throws SQLException {
        Instant deadline = Instant.now().plus(RELOAD_WAIT);
        while (Instant.now().isBefore(deadline)) {
            try (Connection fresh = Jdbc.superuser(port, "postgres")) {
                if (configurationLoadTime(fresh).after(loadedBefore)) {
                    return;
                }
            }
            Pause.briefly();
        }
        throw new SuiteException("PostgreSQL did not reload pg_hba.conf within " + RELOAD_WAIT.toSeconds() + " s");
    }

    private static Timestamp configurationLoadTime(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_conf_load_time()")) {
            rows.next();
            return rows.getTimestamp(1);
        }
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
