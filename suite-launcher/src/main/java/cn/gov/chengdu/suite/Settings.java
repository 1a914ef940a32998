package cn.gov.chengdu.suite;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the user can tune through the environment; every command reads the same variables. */
public record Settings(Map<Part, Integer> ports, String gatewayHost, DatabaseTarget database, Duration readyTimeout,
                       List<String> serviceJvmOptions) {

    /** {@code SUITE_GATEWAY_HOST}: every interface, so that phones and integrators on the network reach the gateway. */
    public static final String DEFAULT_GATEWAY_HOST = "0.0.0.0";
    private static final Set<String> WILDCARD_ADDRESSES = Set.of("0.0.0.0", "::", "[::]");

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);
    /** Measured: about 200 MB RSS per service after start (see suite-launcher/README.md). */
    public static final String DEFAULT_SERVICE_JVM_OPTIONS =
            "-Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=192m -Xss512k "
                    + "-XX:+ExitOnOutOfMemoryError";

    public Settings {
        ports = Map.copyOf(ports);
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
    }

    public static Settings fromEnvironment(Map<String, String> env) {
        Map<Part, Integer> ports = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            ports.put(part, port(env, part));
        }
        return new Settings(ports, gatewayHost(env), database(env, ports.get(Part.POSTGRES)), readyTimeout(env),
                Arrays.asList(env.getOrDefault("SUITE_JAVA_OPTS", DEFAULT_SERVICE_JVM_OPTIONS).trim().split("\\s+")));
    }

    public int port(Part part) {
        return ports.get(part);
    }

    /** The address a part listens on: the gateway on {@code SUITE_GATEWAY_HOST}, every other part on 127.0.0.1 only. */
    public String listenAddress(Part part) {
        return part == Part.GATEWAY ? gatewayHost : Part.LOOPBACK;
    }

    /** Where the suite itself reaches a part: its listen address, or 127.0.0.1 where that is every interface. */
    public String localAddress(Part part) {
        String address = listenAddress(part);
        return WILDCARD_ADDRESSES.contains(address) ? Part.LOOPBACK : address;
    }

    /** {@code http://<local address>:<port>} of a Quarkus part. */
    public String localUrl(Part part) {
        return "http://" + urlHost(localAddress(part)) + ":" + port(part);
    }

    /** The gateway's URL as users type it: {@code localhost} when it listens everywhere. */
    public String gatewayUrl() {
        String host = WILDCARD_ADDRESSES.contains(gatewayHost) ? "localhost" : urlHost(gatewayHost);
        return "http://" + host + ":" + port(Part.GATEWAY);
    }

    public boolean embeddedDatabase() {
        return database instanceof DatabaseTarget.Embedded;
    }

    public Settings withReadyTimeout(Duration timeout) {
        return new Settings(ports, gatewayHost, database, timeout, serviceJvmOptions);
    }

    private static int port(Map<String, String> env, Part part) {
        String value = env.get(part.portVariable());
        if (value == null || value.isBlank()) {
            return part.defaultPort();
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SuiteException(part.portVariable() + "=" + value + " is not a TCP port (1-65535)");
    }

    private static String gatewayHost(Map<String, String> env) {
        String value = env.get("SUITE_GATEWAY_HOST");
        if (value == null || value.isBlank()) {
            return DEFAULT_GATEWAY_HOST;
        }
        String host = value.trim();
        if (!host.matches("[A-Za-z0-9.:\\[\\]%-]+")) {
            throw new SuiteException("SUITE_GATEWAY_HOST=" + value + " is not a host name or IP address (e.g. 0.0.0.0, "
                    + "127.0.0.1, 192.168.1.20)");
        }
        return host;
    }

    /** An IPv6 address in a URL goes in brackets. */
    private static String urlHost(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static DatabaseTarget database(Map<String, String> env, int embeddedPort) {
        String url = env.get("SUITE_DB_URL");
        if (url == null || url.isBlank()) {
            return new DatabaseTarget.Embedded(embeddedPort);
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new SuiteException("SUITE_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        String user = env.get("SUITE_DB_USER");
        String password = env.get("SUITE_DB_PASSWORD");
        if (user == null || user.isBlank() || password == null) {
            throw new SuiteException("With SUITE_DB_URL, set SUITE_DB_USER and SUITE_DB_PASSWORD too");
        }
        return new DatabaseTarget.External(url, user, password);
    }

    private static Duration readyTimeout(Map<String, String> env) {
        String value = env.get("SUITE_READY_TIMEOUT");
        if (value == null || value.isBlank()) {
            return DEFAULT_READY_TIMEOUT;
        }
        try {
            return seconds("SUITE_READY_TIMEOUT", value);
        } catch (IllegalArgumentException e) {
            throw new SuiteException(e.getMessage());
        }
    }

    /** A positive whole number of seconds, as users write it on the command line and in the environment. */
    public static Duration seconds(String what, String value) {
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(what + " must be a positive number of seconds, not '" + value + "'");
    }
}
