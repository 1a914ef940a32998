package cn.gov.chengdu.suite.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbSecretsTest {

    private static final List<String> ROLES = List.of("certificate_service", "petition_service", "schedule_service");

    @TempDir
    Path state;

    @Test
    void generatesOneRandomPasswordPerRoleInAPrivateFile() throws IOException {
        Path file = state.resolve("secrets/db.properties");

        DbSecrets secrets = DbSecrets.loadOrCreate(file, ROLES);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        for (String role : ROLES) {
            assertTrue(secrets.password(role).matches("[A-Za-z0-9_-]{32}"), secrets.password(role));
            assertTrue(Files.readString(file).contains(role + ".password=" + secrets.password(role) + "\n"));
        }
        assertNotEquals(secrets.password("certificate_service"), secrets.password("petition_service"));
    }

    @Test
    void theEmbeddedDatabaseHasASuperuserPasswordBesideTheServiceRoles() throws IOException {
        Path file = state.resolve("secrets/db.properties");

        DbSecrets secrets = DbSecrets.forEmbeddedDatabase(file);

        assertTrue(secrets.superuserPassword().matches("[A-Za-z0-9_-]{32}"), secrets.superuserPassword());
        assertTrue(Files.readString(file).contains("postgres.password=" + secrets.superuserPassword() + "\n"));
        for (String role : ROLES) {
            assertNotEquals(secrets.superuserPassword(), secrets.password(role));
        }
    }

    @Test
    void aFileMadeBeforeTheSuperuserHadAPasswordGetsOneAndKeepsTheRest() {
        Path file = state.resolve("db.properties");
        DbSecrets before = DbSecrets.loadOrCreate(file, ROLES);
        assertThrows(IllegalArgumentException.class, before::superuserPassword);

        DbSecrets after = DbSecrets.forEmbeddedDatabase(file);

        for (String role : ROLES) {
            assertEquals(before.password(role), after.password(role));
        }
        assertEquals(after.superuserPassword(), DbSecrets.forEmbeddedDatabase(file).superuserPassword());
    }

    @Test
    void generatedOnceThenReadBack() throws IOException {
        Path file = state.resolve("db.properties");
        DbSecrets first = DbSecrets.loadOrCreate(file, ROLES);
        String content = Files.readString(file);

        DbSecrets second = DbSecrets.loadOrCreate(file, ROLES);

        assertEquals(content, Files.readString(file));
        for (String role : ROLES) {
            assertEquals(first.password(role), second.password(role));
        }
    }

    @Test
    void aNewRoleGetsAPasswordAndTheOthersKeepTheirs() {
        Path file = state.resolve("db.properties");
        DbSecrets first = DbSecrets.loadOrCreate(file, ROLES.subList(0, 2));
        assertThrows(IllegalArgumentException.class, () -> first.password("schedule_service"));

        DbSecrets second = DbSecrets.loadOrCreate(file, ROLES);

        assertEquals(first.password("certificate_service"), second.password("certificate_service"));
        assertEquals(first.password("petition_service"), second.password("petition_service"));
        assertTrue(second.password("schedule_service").matches("[A-Za-z0-9_-]{32}"));
    }
}
