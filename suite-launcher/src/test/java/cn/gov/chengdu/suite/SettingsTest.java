package cn.gov.chengdu.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaults() {
        Settings settings = Settings.fromEnvironment(Map.of());
        assertEquals(8080, settings.port(Part.GATEWAY));
        assertEquals(8081, settings.port(Part.CERTIFICATE_SERVICE));
        assertEquals(8082, settings.port(Part.PETITION_SERVICE));
        assertEquals(8083, settings.port(Part.SCHEDULE_SERVICE));
        assertEquals(new DatabaseTarget.Embedded(55432), settings.database());
        assertEquals(Duration.ofSeconds(180), settings.readyTimeout());
        assertEquals(List.of(Settings.DEFAULT_SERVICE_JVM_OPTIONS.split(" ")), settings.serviceJvmOptions());
    }

    @Test
    void portsFromTheEnvironment() {
        Settings settings = Settings.fromEnvironment(Map.of("SUITE_GATEWAY_PORT", "9080", "SUITE_PG_PORT", "5433",
                "SUITE_SCHEDULE_SERVICE_PORT", " 9083 "));
        assertEquals(9080, settings.port(Part.GATEWAY));
        assertEquals(9083, settings.port(Part.SCHEDULE_SERVICE));
        assertEquals(new DatabaseTarget.Embedded(5433), settings.database());
    }

    @Test
    void badValuesAreRefusedWithTheirName() {
        SuiteException port = assertThrows(SuiteException.class,
                () -> Settings.fromEnvironment(Map.of("SUITE_GATEWAY_PORT", "http")));
        assertEquals("SUITE_GATEWAY_PORT=http is not a TCP port (1-65535)", port.getMessage());
        assertThrows(SuiteException.class, () -> Settings.fromEnvironment(Map.of("SUITE_PG_PORT", "70000")));
        assertThrows(SuiteException.class, () -> Settings.fromEnvironment(Map.of("SUITE_READY_TIMEOUT", "-1")));
    }

    @Test
    void externalDatabaseNeedsUrlUserAndPassword() {
        Settings settings = Settings.fromEnvironment(Map.of("SUITE_DB_URL", "jdbc:postgresql://db:5432/chengdu",
                "SUITE_DB_USER", "suite", "SUITE_DB_PASSWORD", "secret"));
        DatabaseTarget.External external = assertInstanceOf(DatabaseTarget.External.class, settings.database());
        assertEquals("jdbc:postgresql://db:5432/chengdu", external.jdbcUrl());
        assertEquals("External[jdbc:postgresql://db:5432/chengdu as suite]", external.toString());
        assertThrows(SuiteException.class,
                () -> Settings.fromEnvironment(Map.of("SUITE_DB_URL", "jdbc:postgresql://db/chengdu")));
        assertThrows(SuiteException.class, () -> Settings.fromEnvironment(Map.of("SUITE_DB_URL", "postgres://db/chengdu",
                "SUITE_DB_USER", "suite", "SUITE_DB_PASSWORD", "secret")));
    }

    @Test
    void serviceJvmOptionsCanBeReplaced() {
        assertEquals(List.of("-Xmx512m", "-XX:+UseG1GC"),
                Settings.fromEnvironment(Map.of("SUITE_JAVA_OPTS", " -Xmx512m  -XX:+UseG1GC ")).serviceJvmOptions());
    }
}
