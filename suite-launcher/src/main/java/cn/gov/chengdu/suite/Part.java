package cn.gov.chengdu.suite;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The parts {@code ./suite} runs, each as its own OS process. */
public enum Part {
    POSTGRES("postgres", 55432, "SUITE_PG_PORT", null),
    CERTIFICATE_SERVICE("certificate-service", 8081, "SUITE_CERTIFICATE_SERVICE_PORT", "certificate"),
    PETITION_SERVICE("petition-service", 8082, "SUITE_PETITION_SERVICE_PORT", "petition"),
    SCHEDULE_SERVICE("schedule-service", 8083, "SUITE_SCHEDULE_SERVICE_PORT", "schedule"),
    GATEWAY("gateway", 8080, "SUITE_GATEWAY_PORT", null);

    /** Start order: postgres, then the services in parallel, then the gateway. Stop order is the reverse. */
    public static final List<List<Part>> START_STAGES = List.of(
            List.of(POSTGRES),
            List.of(SCHEDULE_SERVICE, CERTIFICATE_SERVICE, PETITION_SERVICE),
            List.of(GATEWAY));

    public static final List<Part> SERVICES = List.of(CERTIFICATE_SERVICE, PETITION_SERVICE, SCHEDULE_SERVICE);

    /**
     * Where PostgreSQL and the three services listen, and nowhere else: only the gateway is reachable from the network.
     * IPv4 written out, so that no resolver picks {@code ::1} for {@code localhost} instead.
     */
    public static final String LOOPBACK = "127.0.0.1";

    private final String id;
    private final int defaultPort;
    private final String portVariable;
    private final String schema;

    Part(String id, int defaultPort, String portVariable, String schema) {
        this.id = id;
        this.defaultPort = defaultPort;
        this.portVariable = portVariable;
        this.schema = schema;
    }

    /** The name users type ({@code ./suite stop gateway}); also the Maven module of a Quarkus part. */
    public String id() {
        return id;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The environment variable that overrides the port. */
    public String portVariable() {
        return portVariable;
    }

    public boolean isService() {
        return schema != null;
    }

    /** The PostgreSQL schema a service owns. */
    public String schema() {
        requireService();
        return schema;
    }

    /** The login role a service uses in the embedded PostgreSQL. */
    public String role() {
        requireService();
        return schema + "_service";
    }

    /** Runs as a Quarkus fast-jar ({@code <module>/target/quarkus-app/quarkus-run.jar}). */
    public boolean isQuarkusApp() {
        return this != POSTGRES;
    }

    public static Optional<Part> byId(String id) {
        return Arrays.stream(values()).filter(part -> part.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Part::id).toList());
    }

    private void requireService() {
        if (schema == null) {
            throw new IllegalStateException(id + " is not a service");
        }
    }
}
