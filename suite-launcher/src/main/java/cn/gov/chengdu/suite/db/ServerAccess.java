package cn.gov.chengdu.suite.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.postgresql.PGConnection;

import cn.gov.chengdu.suite.DatabaseTarget;
import cn.gov.chengdu.suite.Pause;
import cn.gov.chengdu.suite.SuiteException;

/**
 * Who may connect to the suite's embedded PostgreSQL: whoever logs in with a role's password (SCRAM-SHA-256), over
 * TCP on 127.0.0.1, the only address it listens on, or over its local socket. No rule trusts anyone. The passwords of
 * the superuser and of the service roles are in {@code .suite/secrets/db.properties}.
 * <p>
 * A new cluster is made that way ({@code initdb --auth=scram-sha-256 --pwfile}). A data directory made by an older
 * suite ({@code initdb -A trust}, a superuser without a password) is upgraded in place: before PostgreSQL starts,
 * its {@code pg_hba.conf} is cut down to one rule that lets the superuser in from 127.0.0.1 to the {@code postgres}
 * database; as soon as PostgreSQL answers, {@link #requirePasswords} gives the superuser its password, writes the
 * password-only rules and reloads them. The data is not touched.
 */
public final class ServerAccess {

    /** The first line of the {@code pg_hba.conf} the suite writes; where it is, the superuser has its password. */
    static final String MARKER = "# chengdu-suite: every connection logs in with a password";

    static final String PASSWORDS_ONLY = MARKER + """
            . Written by ./suite on every start of the
            # embedded PostgreSQL; edits are overwritten. The passwords are in .suite/secrets/db.properties.
            # PostgreSQL listens on 127.0.0.1 only (listen_addresses). No replication connections.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            """;

    /** One start only, for a data directory whose superuser has no password yet. */
    static final String UPGRADE_FROM_TRUST = """
            # chengdu-suite: upgrading a data directory made without passwords. As soon as PostgreSQL answers, ./suite
            # gives the superuser its password and replaces this file with password-only rules.
            # TYPE  DATABASE  USER      ADDRESS        METHOD
            host    postgres  postgres  127.0.0.1/32   trust
            """;

    private static final String HBA_FILE = "pg_hba.conf";
    private static final Duration RELOAD_WAIT = Duration.ofSeconds(10);

    private ServerAccess() {
    }

    /**
     * Writes {@code pg_hba.conf} before PostgreSQL starts on {@code dataDirectory}: the password-only rules, unless
     * the superuser may still have no password (a directory made by an older suite), then the upgrade rule.
     */
    public static void prepare(Path dataDirectory, boolean superuserHasPassword) {
        Path hba = dataDirectory.resolve(HBA_FILE);
        write(hba, superuserHasPassword || isPasswordsOnly(hba) ? PASSWORDS_ONLY : UPGRADE_FROM_TRUST);
    }

    /**
     * Makes a running server refuse every login without a password: if the superuser gets in without one, it gets
     * {@code superuserPassword}, {@code pg_hba.conf} gets the password-only rules, and this returns once PostgreSQL
     * has reloaded them. Does nothing on a server that already asks for passwords; idempotent.
     */
    public static void requirePasswords(DatabaseTarget.Embedded target, String superuserPassword) {
        try (Connection trusted = trustedSuperuser(target)) {
            if (trusted == null) {
                return;
            }
            setPassword(trusted, DbSecrets.SUPERUSER, superuserPassword);
            Path hba = Path.of(queryString(trusted, "SHOW hba_file"));
            write(hba, PASSWORDS_ONLY);
            queryString(trusted, "SELECT pg_reload_conf()::text");
        } catch (SQLException e) {
            throw new SuiteException("Could not give the embedded PostgreSQL's superuser its password: "
                    + e.getMessage(), e);
        }
        awaitPasswordsRequired(target);
    }

    /** Sets a role's password as a SCRAM-SHA-256 verifier made here: the password itself never reaches the server. */
    static void setPassword(Connection connection, String role, String password) throws SQLException {
        connection.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
    }

    /** The superuser's session when it gets in without a password; {@code null} when PostgreSQL asks for one. */
    private static Connection trustedSuperuser(DatabaseTarget.Embedded target) throws SQLException {
        try {
            return Jdbc.superuser(target, "", "postgres");
        } catch (SQLException e) {
            if (isPasswordDemanded(e)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * PostgreSQL asked for a password: the driver refuses to send an empty one (08004), or the server refused the
     * login (28P01 wrong password, 28000 no matching rule).
     */
    private static boolean isPasswordDemanded(SQLException e) {
        String state = e.getSQLState();
        return "08004".equals(state) || "28P01".equals(state) || "28000".equals(state);
    }

    /** The postmaster reloads asynchronously; new sessions are checked against the new rules once it has. */
    private static void awaitPasswordsRequired(DatabaseTarget.Embedded target) {
        Instant deadline = Instant.now().plus(RELOAD_WAIT);
        while (Instant.now().isBefore(deadline)) {
            try (Connection trusted = trustedSuperuser(target)) {
                if (trusted == null) {
                    return;
                }
            } catch (SQLException e) {
                throw new SuiteException("The embedded PostgreSQL stopped answering: " + e.getMessage(), e);
            }
            Pause.briefly();
        }
        throw new SuiteException("PostgreSQL did not reload pg_hba.conf within " + RELOAD_WAIT.toSeconds()
                + " s; see .suite/logs/postgres.log");
    }

    private static boolean isPasswordsOnly(Path hba) {
        try {
            return Files.readString(hba, StandardCharsets.UTF_8).startsWith(MARKER);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + hba, e);
        }
    }

    /** In place: the file keeps the owner and mode PostgreSQL gave it. */
    private static void write(Path hba, String rules) {
        try {
            Files.writeString(hba, rules, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + hba, e);
        }
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
