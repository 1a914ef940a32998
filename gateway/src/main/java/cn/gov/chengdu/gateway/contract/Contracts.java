package cn.gov.chengdu.gateway.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.jboss.logging.Logger;

import cn.gov.chengdu.gateway.config.GatewayConfig;
import cn.gov.chengdu.gateway.routing.RouteTable;
import cn.gov.chengdu.gateway.routing.Upstream;

/**
 * The upstreams' OpenAPI contracts, read once at start. By default each is the service's committed contract
 * ({@code <service>/src/main/openapi/openapi.yaml}), which the build copies into the gateway as
 * {@code contracts/<name>/openapi.yaml}: the file integrators rely on (each service's drift test keeps it equal to
 * what the service serves), available even while the service is down, and of the same commit as the gateway.
 * {@code gateway.route.<name>.contract} names another class-path resource or file. The gateway's own contract (its
 * status and docs paths) is {@link #gatewayContract()}.
 */
public final class Contracts {

    private static final Logger LOG = Logger.getLogger(Contracts.class);
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final String OWN_CONTRACT = "openapi/gateway.yaml";

    private final Map<String, ObjectNode> byUpstream;

    public Contracts(Map<String, ObjectNode> byUpstream) {
        this.byUpstream = Map.copyOf(byUpstream);
    }

    public static Contracts fromConfig(GatewayConfig config, RouteTable routes) {
        Map<String, ObjectNode> contracts = new LinkedHashMap<>();
        for (Upstream upstream : routes.upstreams()) {
            GatewayConfig.Route route = config.route().get(upstream.name());
            Optional<String> configured = route == null ? Optional.empty() : route.contract();
            String location = configured.orElse("contracts/" + upstream.name() + "/openapi.yaml");
            Optional<ObjectNode> contract = read(location);
            if (contract.isPresent()) {
                contracts.put(upstream.name(), contract.get());
            } else if (configured.isPresent()) {
                throw new IllegalStateException("gateway.route." + upstream.name() + ".contract: no contract at "
                        + location);
            } else {
                LOG.infof("No contract for upstream %s: every operation of it needs a bearer token", upstream.name());
            }
        }
        return new Contracts(contracts);
    }

    public Optional<ObjectNode> of(String upstream) {
        return Optional.ofNullable(byUpstream.get(upstream));
    }

    /** The gateway's own contract ({@code src/main/resources/openapi/gateway.yaml}); the gateway needs it to start. */
    public static ObjectNode gatewayContract() {
        return read(OWN_CONTRACT).orElseThrow(
                () -> new IllegalStateException("The gateway's own contract " + OWN_CONTRACT + " is missing"));
    }

    /** A class-path resource, else a file; empty when neither exists. */
    static Optional<ObjectNode> read(String location) {
        String resource = location.startsWith("/") ? location.substring(1) : location;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                return Optional.of(asObject(YAML.readTree(in), location));
            }
            Path file = Path.of(location);
            if (Files.isRegularFile(file)) {
                return Optional.of(asObject(YAML.readTree(file.toFile()), location));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("The contract at " + location + " cannot be read", e);
        }
    }

    private static ObjectNode asObject(JsonNode node, String location) {
        if (!(node instanceof ObjectNode object) || !object.has("paths")) {
            throw new IllegalStateException("The contract at " + location + " is not an OpenAPI document");
        }
        return object;
    }
}
