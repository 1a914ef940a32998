package cn.gov.chengdu.suite.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.chengdu.suite.DatabaseTarget;
import cn.gov.chengdu.suite.Part;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The suite's PostgreSQL code against a real embedded PostgreSQL in a temporary directory. */
class EmbeddedPostgresBootstrapTest {

    @TempDir
    static Path state;
    private static DatabaseTarget.Embedded target;
    private static DbSecrets secrets;
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startAndBootstrapTwice() throws IOException {
        target = new DatabaseTarget.Embedded(freePort());
        secrets = DbSecrets.loadOrCreate(state.resolve("secrets/db.properties"),
                Part.SERVICES.stream().map(Part::role).toList());
        postgres = PostgresMain.start(state.resolve("pgdata"), target.port());
        DatabaseBootstrap.prepareEmbedded(target, secrets);
        DatabaseBootstrap.prepareEmbedded(target, secrets);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void aServiceRoleCreatesTablesInItsOwnSchema() throws SQLException {
        try (Connection certificate = connectAs(Part.CERTIFICATE_SERVICE); Statement sql = certificate.createStatement()) {
            sql.execute("CREATE TABLE certificate.certificate_type (code text PRIMARY KEY, name text)");
            sql.execute("INSERT INTO certificate.certificate_type VALUES ('QSGX', '亲属关系证明')");
            try (ResultSet rows = sql.executeQuery("SELECT similarity(name, '亲属关系') > 0 FROM certificate_type")) {
                rows.next();
                assertTrue(rows.getBoolean(1), "pg_trgm is there and sees Chinese trigrams (UTF-8 ctype)");
            }
        }
    }

    @Test
    void butNotInAnotherServicesSchema() throws SQLException {
        try (Connection certificate = connectAs(Part.CERTIFICATE_SERVICE); Statement sql = certificate.createStatement()) {
            SQLException denied = assertThrows(SQLException.class,
                    () -> sql.execute("CREATE TABLE petition.intruder (id int)"));
            assertEquals("42501", denied.getSQLState(), "insufficient_privilege");
        }
        try (Connection petition = connectAs(Part.PETITION_SERVICE); Statement sql = petition.createStatement()) {
            sql.execute("CREATE TABLE petition.petition (id bigint PRIMARY KEY)");
            assertEquals("42501", assertThrows(SQLException.class,
                    () -> sql.executeQuery("SELECT * FROM schedule.anything")).getSQLState());
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        SQLException refused = assertThrows(SQLException.class, () -> Jdbc.connect(
                target.jdbcUrl("chengdu"), Part.SCHEDULE_SERVICE.role(), "not-the-password").close());
        assertEquals("28P01", refused.getSQLState(), "invalid_password");
    }

    @Test
    void runningTheBootstrapAgainChangedNothing() throws SQLException, IOException {
        try (Connection superuser = Jdbc.superuser(target.port(), "chengdu"); Statement sql = superuser.createStatement();
             ResultSet rows = sql.executeQuery("SELECT nspname, pg_get_userbyid(nspowner) FROM pg_namespace "
                     + "WHERE nspname IN ('certificate', 'petition', 'schedule') ORDER BY 1")) {
            for (String schema : List.of("certificate", "petition", "schedule")) {
                rows.next();
                assertEquals(schema, rows.getString(1));
                assertEquals(schema + "_service", rows.getString(2));
            }
        }
        String hba = Files.readString(state.resolve("pgdata/pg_hba.conf"));
        Matcher markers = Pattern.compile(Pattern.quote(DatabaseBootstrap.HBA_MARKER)).matcher(hba);
        assertEquals(1, markers.results().count());
    }

    @Test
    void theDatabaseUsesUtf8() throws SQLException {
        try (Connection superuser = Jdbc.superuser(target.port(), "chengdu"); Statement sql = superuser.createStatement();
             ResultSet rows = sql.executeQuery("SELECT pg_encoding_to_char(encoding), datctype FROM pg_database "
                     + "WHERE datname = current_database()")) {
            rows.next();
            assertEquals("UTF8", rows.getString(1));
            assertTrue(rows.getString(2).toUpperCase().contains("UTF"), rows.getString(2));
        }
    }

    private static Connection connectAs(Part service) throws SQLException {
        return Jdbc.connect(target.jdbcUrl("chengdu"), service.role(), secrets.password(service.role()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
