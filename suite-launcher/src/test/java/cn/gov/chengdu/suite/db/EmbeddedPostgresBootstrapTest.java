package cn.gov.chengdu.suite.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.chengdu.suite.DatabaseTarget;
import cn.gov.chengdu.suite.Part;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The suite's PostgreSQL code against a real embedded PostgreSQL, made in a temporary directory. */
class EmbeddedPostgresBootstrapTest {

    @TempDir
    static Path state;
    private static DatabaseTarget.Embedded target;
    private static DbSecrets secrets;
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startAndBootstrapTwice() throws IOException {
        target = new DatabaseTarget.Embedded(freePort());
        secrets = DbSecrets.forEmbeddedDatabase(state.resolve("secrets/db.properties"));
        postgres = PostgresMain.start(state.resolve("pgdata"), target.port(), secrets.superuserPassword());
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
        SQLException superuser = assertThrows(SQLException.class,
                () -> Jdbc.superuser(target, "not-the-password", "postgres").close());
        assertEquals("28P01", superuser.getSQLState());
    }

    @Test
    void noLoginWithoutAPasswordOverTcpOrTheLocalSocket() throws IOException, SQLException {
        assertEquals(PostgresLogin.SCRAM_DEMANDED, PostgresLogin.overTcp("127.0.0.1", target.port()));
        String socketDirectory = superuserQuery("postgres", "SHOW unix_socket_directories").get(0).split(",")[0].strip();
        assertEquals(PostgresLogin.SCRAM_DEMANDED, PostgresLogin.overLocalSocket(socketDirectory, target.port()));
        assertThrows(SQLException.class, () -> Jdbc.superuser(target, "", "postgres").close());
    }

    @Test
    void everyRuleAsksForAScramPasswordAndPostgresListensOnTheLoopbackAddressOnly() throws SQLException, IOException {
        assertEquals(List.of("scram-sha-256"),
                superuserQuery("postgres", "SELECT DISTINCT auth_method FROM pg_hba_file_rules"));
        assertEquals(List.of(), superuserQuery("postgres", "SELECT error FROM pg_hba_file_rules WHERE error IS NOT NULL"));
        String hba = Files.readString(state.resolve("pgdata/pg_hba.conf"));
        assertEquals(ServerAccess.PASSWORDS_ONLY, hba);
        assertFalse(hba.contains("trust"), hba);
        assertEquals(List.of("127.0.0.1"), superuserQuery("postgres", "SHOW listen_addresses"));
        assertEquals(List.of("t", "t", "t", "t"), superuserQuery("postgres", "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' "
                + "FROM pg_authid WHERE rolname IN ('postgres', 'certificate_service', 'petition_service', "
                + "'schedule_service')"));
    }

    @Test
    void runningTheBootstrapAgainChangedNothing() throws SQLException {
        assertEquals(List.of("certificate certificate_service", "petition petition_service", "schedule schedule_service"),
                superuserQuery("chengdu", "SELECT nspname || ' ' || pg_get_userbyid(nspowner) FROM pg_namespace "
                        + "WHERE nspname IN ('certificate', 'petition', 'schedule') ORDER BY 1"));
    }

    @Test
    void theDatabaseUsesUtf8() throws SQLException {
        assertEquals(List.of("UTF8"), superuserQuery("chengdu",
                "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()"));
        String ctype = superuserQuery("chengdu", "SELECT datctype FROM pg_database WHERE datname = current_database()")
                .get(0);
        assertTrue(ctype.toUpperCase().contains("UTF"), ctype);
    }

    private static List<String> superuserQuery(String database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection superuser = Jdbc.superuser(target, secrets.superuserPassword(), database);
             Statement statement = superuser.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Connection connectAs(Part service) throws SQLException {
        return Jdbc.connect(target.jdbcUrl("chengdu"), service.role(), secrets.password(service.role()));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
