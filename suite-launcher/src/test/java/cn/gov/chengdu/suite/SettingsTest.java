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
        assertEquals("0.0.0.0", settings.gatewayHost());
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
    void theGatewayListensOnItsHostTheOtherPartsOnTheLoopbackAddress() {
        Settings everywhere = Settings.fromEnvironment(Map.of("SUITE_GATEWAY_PORT", "9080"));
        assertEquals("0.0.0.0", everywhere.listenAddress(Part.GATEWAY));
        assertEquals("127.0.0.1", everywhere.localAddress(Part.GATEWAY));
        assertEquals("http://localhost:9080", everywhere.gatewayUrl());
        for (Part part : List.of(Part.POSTGRES, Part.CERTIFICATE_SERVICE, Part.PETITION_SERVICE, Part.SCHEDULE_SERVICE)) {
            assertEquals("127.0.0.1", everywhere.listenAddress(part), part.id());
        }
        assertEquals("http://127.0.0.1:8082", everywhere.localUrl(Part.PETITION_SERVICE));

        Settings oneAddress = Settings.fromEnvironment(Map.of("SUITE_GATEWAY_HOST", " 192.168.1.20 "));
        assertEquals("192.168.1.20", oneAddress.listenAddress(Part.GATEWAY));
        assertEquals("http://192.168.1.20:8080", oneAddress.localUrl(Part.GATEWAY));
        assertEquals("http://192.168.1.20:8080", oneAddress.gatewayUrl());

        Settings ipv6 = Settings.fromEnvironment(Map.of("SUITE_GATEWAY_HOST", "::1"));
        assertEquals("http://[::1]:8080", ipv6.localUrl(Part.GATEWAY));
        assertEquals("127.0.0.1", Settings.fromEnvironment(Map.of("SUITE_GATEWAY_HOST", "::")).localAddress(Part.GATEWAY));
    }

    @Test
    void badValuesAreRefusedWithTheirName() {
        SuiteException port = assertThrows(SuiteException.class,
                () -> Settings.fromEnvironment(Map.of("SUITE_GATEWAY_PORT", "http")));
        assertEquals("SUITE_GATEWAY_PORT=http is not a TCP port (1-65535)", port.getMessage());
        assertThrows(SuiteException.class, () -> Settings.fromEnvironment(Map.of("SUITE_PG_PORT", "70000")));
        assertThrows(SuiteException.class, () -> Settings.fromEnvironment(Map.of("SUITE_READY_TIMEOUT", "-1")));
        SuiteException host = assertThrows(SuiteException.class,
                () -> Settings.fromEnvironment(Map.of("SUITE_GATEWAY_HOST", "http://0.0.0.0/")));
        assertEquals("SUITE_GATEWAY_HOST=http://0.0.0.0/ is not a host name or IP address (e.g. 0.0.0.0, 127.0.0.1, "
                + "192.168.1.20)", host.getMessage());
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
