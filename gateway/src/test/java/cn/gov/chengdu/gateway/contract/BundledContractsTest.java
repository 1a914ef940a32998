package cn.gov.chengdu.gateway.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.chengdu.gateway.routing.RouteTable;
import cn.gov.chengdu.gateway.routing.Upstream;
import io.vertx.core.http.HttpMethod;

/** The services' real committed contracts, as the build bundles them: they merge into one consistent document. */
class BundledContractsTest {

    @Test
    void theThreeServicesContractsMergeWithEveryReferenceResolved() {
        Map<String, ObjectNode> services = new TreeMap<>();
        for (String name : List.of("certificate", "petition", "schedule")) {
            services.put(name, Contracts.read("contracts/" + name + "/openapi.yaml").orElseThrow());
        }
        RouteTable routes = new RouteTable(List.of(
                upstream("certificate", "/api/v1/certificate-types", "/api/v1/certificate-requests", "/api/v1/certificates",
                        "/api/v1/certificate-verifications", "/api/v1/certificate-keys", "/api/v1/certificate-stats",
                        "/api/v1/retention-lists", "/api/v1/communities"),
                upstream("petition", "/api/v1/petitions", "/api/v1/petition-categories", "/api/v1/petition-stats",
                        "/api/v1/campaigns", "/api/v1/suggestions", "/api/v1/projects"),
                upstream("schedule", "/api/v1/departments", "/api/v1/halls", "/api/v1/windows", "/api/v1/calendar",
                        "/api/v1/appointments", "/api/v1/cases", "/api/v1/case-stats")));
        ObjectNode own = Contracts.read(Contracts.OWN_CONTRACT).orElseThrow();
        ObjectNode merged = MergedContract.merge(own, services, routes);

        int expectedPaths = own.path("paths").size();
        for (ObjectNode contract : services.values()) {
            expectedPaths += contract.path("paths").size();
        }
        assertEquals(expectedPaths, merged.path("paths").size(), "every service path is routed and kept");
        assertTrue(merged.path("paths").has("/api/v1/certificate-types"));
        assertTrue(merged.path("paths").has("/api/v1/status"));
        List<String> dangling = new ArrayList<>();
        collectDangling(merged, merged, dangling);
        assertEquals(List.of(), dangling);
        // public operations are found in the real contracts
        assertTrue(PublicOperations.of(services.get("certificate")).isPublic(HttpMethod.GET, "/api/v1/certificate-types"));
        assertTrue(!PublicOperations.of(services.get("certificate")).isPublic(HttpMethod.GET, "/api/v1/certificate-requests"));
    }

    private static void collectDangling(JsonNode node, ObjectNode root, List<String> dangling) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/")
                    && root.at(ref.asText().substring(1)).isMissingNode()) {
                dangling.add(ref.asText());
            }
        }
        node.elements().forEachRemaining(child -> collectDangling(child, root, dangling));
    }

    private static Upstream upstream(String name, String... prefixes) {
        return new Upstream(name, URI.create("http://" + name + ":8080"), List.of(prefixes), Duration.ofSeconds(30), null);
    }
}
