package cn.gov.chengdu.gateway.docs;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import cn.gov.chengdu.gateway.contract.Contracts;
import cn.gov.chengdu.gateway.contract.MergedContract;
import cn.gov.chengdu.gateway.routing.RouteTable;
import cn.gov.chengdu.gateway.routing.Upstream;
import io.vertx.core.buffer.Buffer;

/**
 * The contracts the gateway serves, rendered once at start: the merged document ({@code GET /openapi}), each
 * service's own ({@code GET /openapi/{service}}) and the gateway's ({@code GET /openapi/gateway}), in YAML and JSON.
 */
public final class ContractDocuments {

    public static final String MERGED = "";
    public static final String GATEWAY = "gateway";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Rendered> documents = new LinkedHashMap<>();

    public ContractDocuments(ObjectNode own, Contracts contracts, RouteTable routes) {
        Map<String, ObjectNode> services = new TreeMap<>();
        for (Upstream upstream : routes.upstreams()) {
            contracts.of(upstream.name()).ifPresent(contract -> services.put(upstream.name(), contract));
        }
        documents.put(MERGED, render(MergedContract.merge(own, services, routes)));
        services.forEach((name, contract) -> documents.put(name, render(contract)));
        documents.put(GATEWAY, render(own));
    }

    /** The document by name ({@link #MERGED}, {@link #GATEWAY} or an upstream's), or {@code null}. */
    public Rendered get(String name) {
        return documents.get(name);
    }

    private static Rendered render(ObjectNode document) {
        try {
            return new Rendered(Buffer.buffer(YAML.writeValueAsBytes(document)),
                    Buffer.buffer(JSON.writeValueAsBytes(document)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document in both formats. */
    public record Rendered(Buffer yaml, Buffer json) {
    }
}
