package cn.gov.chengdu.suite.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.chengdu.embedded.EmbeddedDatabase;
import cn.gov.chengdu.suite.DatabaseTarget;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A data directory as suites before the superuser password made it ({@code initdb -A trust}, a superuser without a
 * password, the service roles' rules in front of the trust rules) is upgraded in place, its data kept.
 */
class LegacyDataDirectoryUpgradeTest {

    /** What the older bootstrap put in front of zonky's trust rules. */
    private static final String LEGACY_SERVICE_RULES = """
            # chengdu-suite: service roles log in with the passwords in .suite/secrets/db.properties
            host all certificate_service,petition_service,schedule_service 127.0.0.1/32 scram-sha-256
            host all certificate_service,petition_service,schedule_service ::1/128 scram-sha-256

            """;

    @TempDir
    Path state;
    private Path pgData;
    private DatabaseTarget.Embedded target;
    private DbSecrets secrets;

    @BeforeEach
    void prepare() throws IOException {
        pgData = state.resolve("pgdata");
        target = new DatabaseTarget.Embedded(EmbeddedPostgresBootstrapTest.freePort());
        secrets = DbSecrets.forEmbeddedDatabase(state.resolve("secrets/db.properties"));
    }

    @Test
    void theNextStartGivesTheSuperuserItsPasswordAndKeepsTheData() throws IOException, SQLException {
        try (EmbeddedPostgres legacy = startAsBefore()) {
            storeOneRow(legacy);
        }
        assertTrue(Files.readString(pgData.resolve("pg_hba.conf")).contains("trust"), "the old directory trusts");

        try (EmbeddedPostgres upgraded = PostgresMain.start(pgData, target.port(), secrets.superuserPassword())) {
            DatabaseBootstrap.prepareEmbedded(target, secrets);
            assertPasswordsRequiredAndRowKept();
        }
        try (EmbeddedPostgres again = PostgresMain.start(pgData, target.port(), secrets.superuserPassword())) {
            assertPasswordsRequiredAndRowKept();
        }
    }

    @Test
    void aServerStillRunningFromAnOlderSuiteIsLockedByTheBootstrap() throws IOException, SQLException {
        try (EmbeddedPostgres legacy = startAsBefore()) {
            storeOneRow(legacy);
            assertEquals(PostgresLogin.TRUSTED, PostgresLogin.overTcp("127.0.0.1", target.port()));

            DatabaseBootstrap.prepareEmbedded(target, secrets);

            assertPasswordsRequiredAndRowKept();
        }
    }

    private EmbeddedPostgres startAsBefore() throws IOException {
        EmbeddedPostgres legacy = EmbeddedDatabase.builder().setDataDirectory(pgData).setCleanDataDirectory(false)
                .setPort(target.port()).start();
        Path hba = pgData.resolve("pg_hba.conf");
        Files.writeString(hba, LEGACY_SERVICE_RULES + Files.readString(hba), StandardCharsets.UTF_8);
        return legacy;
    }

    private void storeOneRow(EmbeddedPostgres legacy) throws SQLException {
        try (Connection postgres = legacy.getPostgresDatabase().getConnection(); Statement sql = postgres.createStatement()) {
            sql.execute("CREATE DATABASE chengdu");
        }
        try (Connection chengdu = legacy.getDatabase("postgres", "chengdu").getConnection();
             Statement sql = chengdu.createStatement()) {
            sql.execute("CREATE TABLE kept (name text)");
            sql.execute("INSERT INTO kept VALUES ('亲属关系证明')");
        }
    }

    private void assertPasswordsRequiredAndRowKept() throws IOException, SQLException {
        assertEquals(PostgresLogin.SCRAM_DEMANDED, PostgresLogin.overTcp("127.0.0.1", target.port()));
        assertThrows(SQLException.class, () -> Jdbc.superuser(target, "", "chengdu").close());
        assertEquals(ServerAccess.PASSWORDS_ONLY, Files.readString(pgData.resolve("pg_hba.conf")));
        try (Connection chengdu = Jdbc.superuser(target, secrets.superuserPassword(), "chengdu");
             Statement sql = chengdu.createStatement(); ResultSet rows = sql.executeQuery("SELECT name FROM kept")) {
            rows.next();
            assertEquals("亲属关系证明", rows.getString(1));
        }
    }
}
