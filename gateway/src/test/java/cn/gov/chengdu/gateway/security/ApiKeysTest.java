package cn.gov.chengdu.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.chengdu.gateway.testing.TestApiKeys;

class ApiKeysTest {

    @TempDir
    Path dir;

    @Test
    void aKeyIsFoundByItsHashAndNothingElseIs() throws IOException {
        ApiKeys keys = ApiKeys.load(write("keys.json", TestApiKeys.INTEGRATOR, 100, 200));
        assertEquals("demo", keys.find(TestApiKeys.INTEGRATOR).name());
        assertEquals(100, keys.find(TestApiKeys.INTEGRATOR).policy().ratePerSecond());
        assertNull(keys.find(TestApiKeys.UNKNOWN));
        assertNull(keys.find("cdk_short"));
        assertNull(keys.find(TestApiKeys.INTEGRATOR.replace('_', '.')));
        assertNull(ApiKeys.none().find(TestApiKeys.INTEGRATOR));
    }

    @Test
    void aChangedFileIsReadAgainAndABrokenOneKeepsThePreviousKeys() throws IOException {
        Path file = write("keys.json", TestApiKeys.INTEGRATOR, 100, 200);
        ApiKeys keys = ApiKeys.load(file);
        write("keys.json", TestApiKeys.SMALL_QUOTA, 5, 10);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        keys.reloadIfChanged();
        assertNull(keys.find(TestApiKeys.INTEGRATOR));
        assertEquals(5, keys.find(TestApiKeys.SMALL_QUOTA).policy().ratePerSecond());
        Files.writeString(file, "{\"keys\": [{\"name\": \"x\", \"sha256\": \"NOT-HEX\"}]}");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        keys.reloadIfChanged();
        assertEquals(5, keys.find(TestApiKeys.SMALL_QUOTA).policy().ratePerSecond());
    }

    @Test
    void aMissingOrMalformedFileStopsTheStart() throws IOException {
        assertThrows(IllegalStateException.class, () -> ApiKeys.load(dir.resolve("missing.json")));
        Path unknownField = dir.resolve("bad.json");
        Files.writeString(unknownField, "{\"keys\": [], \"plainKeys\": [\"cdk_x\"]}");
        assertThrows(IllegalStateException.class, () -> ApiKeys.load(unknownField));
    }

    private Path write(String name, String key, long rate, long burst) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "{\"keys\": [{\"name\": \"demo\", \"sha256\": \"" + TestApiKeys.sha256(key)
                + "\", \"ratePerSecond\": " + rate + ", \"burst\": " + burst + "}]}");
        return file;
    }
}
