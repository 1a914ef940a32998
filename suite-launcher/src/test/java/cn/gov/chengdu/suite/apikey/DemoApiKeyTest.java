package cn.gov.chengdu.suite.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DemoApiKeyTest {

    @TempDir
    Path state;

    private Path keyFile() {
        return state.resolve("keys/demo-integrator.apikey");
    }

    private Path gatewayFile() {
        return state.resolve("gateway/api-keys.json");
    }

    @Test
    void firstUseMakesARandomKeyAndTheGatewaysHashedFileBothPrivate() throws IOException {
        String key = DemoApiKey.ensure(keyFile(), gatewayFile());

        assertTrue(key.matches("cdk_[A-Za-z0-9_-]{43}"), key);
        assertEquals(32, Base64.getUrlDecoder().decode(key.substring(4)).length);
        assertEquals(key + "\n", Files.readString(keyFile()));
        for (Path file : new Path[] {keyFile(), gatewayFile()}) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        }
        JsonNode keys = new ObjectMapper().readTree(gatewayFile().toFile()).get("keys");
        assertEquals(1, keys.size());
        assertEquals("demo-integrator", keys.get(0).get("name").asText());
        assertEquals(DemoApiKey.sha256Hex(key), keys.get(0).get("sha256").asText());
        assertTrue(keys.get(0).get("sha256").asText().matches("[0-9a-f]{64}"));
        assertEquals(10_000, keys.get(0).get("ratePerSecond").intValue());
        assertEquals(20_000, keys.get(0).get("burst").intValue());
        assertTrue(keys.get(0).get("ratePerSecond").isInt() && keys.get(0).get("burst").isInt());
        assertTrue(Files.readString(gatewayFile()).indexOf(key) < 0, "the gateway's file holds no key in plain text");
    }

    @Test
    void theHashIsTheLowerCaseHexSha256OfTheKeysUtf8Bytes() {
        // FIPS 180-2, appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DemoApiKey.sha256Hex("abc"));
    }

    @Test
    void theKeyIsMadeOnceThenReadBack() throws IOException {
        String first = DemoApiKey.ensure(keyFile(), gatewayFile());
        String gatewayKeys = Files.readString(gatewayFile());

        assertEquals(first, DemoApiKey.ensure(keyFile(), gatewayFile()));
        assertEquals(gatewayKeys, Files.readString(gatewayFile()));
        assertNotEquals(DemoApiKey.newKey(), DemoApiKey.newKey());
    }

    @Test
    void aDeletedKeyIsMadeAnewAndTheGatewaysFileFollows() throws IOException {
        String old = DemoApiKey.ensure(keyFile(), gatewayFile());
        Files.delete(keyFile());

        String renewed = DemoApiKey.ensure(keyFile(), gatewayFile());

        assertNotEquals(old, renewed);
        assertEquals(DemoApiKey.gatewayKeys(renewed), Files.readString(gatewayFile()));
    }

    @Test
    void aMissingOrEditedGatewayFileIsWrittenAgainForTheSameKey() throws IOException {
        String key = DemoApiKey.ensure(keyFile(), gatewayFile());
        Files.delete(gatewayFile());
        assertEquals(key, DemoApiKey.ensure(keyFile(), gatewayFile()));
        assertEquals(DemoApiKey.gatewayKeys(key), Files.readString(gatewayFile()));

        Files.writeString(gatewayFile(), "{\"keys\": []}");
        assertEquals(key, DemoApiKey.ensure(keyFile(), gatewayFile()));
        assertEquals(DemoApiKey.gatewayKeys(key), Files.readString(gatewayFile()));
    }

    @Test
    void aFileThatHoldsNoKeyIsNotUsed() throws IOException {
        Files.createDirectories(keyFile().getParent());
        Files.writeString(keyFile(), "password123\n");

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> DemoApiKey.ensure(keyFile(), gatewayFile()));

        assertTrue(refused.getMessage().endsWith("does not hold an API key (cdk_ and 43 base64url characters); "
                + "delete it and a new key is made"), refused.getMessage());
        assertTrue(Files.notExists(gatewayFile()));
    }
}
