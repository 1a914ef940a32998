package cn.gov.chengdu.suite.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import cn.gov.chengdu.embedded.EmbeddedDatabase;
import cn.gov.chengdu.suite.DatabaseTarget;
import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.SuiteException;

/**
 * What the database needs before the services start; idempotent, run on every start. Embedded: passwords required
 * for every login ({@link ServerAccess}, for a server an older suite started), the database {@code chengdu}, one
 * login role per service with its password from {@link DbSecrets} and its schema first on its search path, each
 * service's schema owned by its role (so no service can touch another's tables), and the shared extensions.
 * External: the schemas, and the extensions if allowed.
 */
public final class DatabaseBootstrap {

    private DatabaseBootstrap() {
    }

    public static void prepareEmbedded(DatabaseTarget.Embedded target, DbSecrets secrets) {
        ServerAccess.requirePasswords(target, secrets.superuserPassword());
        try {
            try (Connection postgres = Jdbc.superuser(target, secrets.superuserPassword(), "postgres")) {
                createDatabaseIfAbsent(postgres);
                for (Part service : Part.SERVICES) {
                    createOrUpdateRole(postgres, service.role(), secrets.password(service.role()));
                    execute(postgres, "ALTER ROLE " + service.role() + " SET search_path = " + service.schema() + ", public");
                }
            }
            try (Connection chengdu = Jdbc.superuser(target, secrets.superuserPassword(),
                    DatabaseTarget.EMBEDDED_DATABASE)) {
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
        boolean exists;
        try (PreparedStatement query = postgres.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                exists = rows.next();
            }
        }
        execute(postgres, (exists ? "ALTER ROLE " : "CREATE ROLE ") + role + " WITH LOGIN");
        ServerAccess.setPassword(postgres, role, password);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
