package cn.gov.chengdu.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Validates custom resources (CloudNativePG's {@code Cluster}) against the OpenAPI schema of their
 * CustomResourceDefinition, with unknown fields rejected. A CRD's structural schema leaves unknown fields to be
 * pruned by the API server, which would silently drop a misspelt setting ({@code localeCtype}); here every object
 * schema that lists its properties and does not ask to preserve unknown fields gets
 * {@code additionalProperties: false}. {@code metadata} is checked against the Kubernetes model instead.
 */
final class CustomResourceSchema {

    /** CRDs by {@code apiVersion/kind}, from {@code src/test/resources/crds}. */
    private static final Map<String, String> CRDS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "/crds/postgresql.cnpg.io_clusters.yaml");

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private CustomResourceSchema() {
    }

    static boolean knows(String apiVersion, String kind) {
        return CRDS.containsKey(apiVersion + "/" + kind);
    }

    /** The schema violations of the resource (empty when it is valid), each with its path. */
    static List<String> violations(JsonNode resource) {
        String key = resource.path("apiVersion").asString("") + "/" + resource.path("kind").asString("");
        String crd = CRDS.get(key);
        if (crd == null) {
            throw new IllegalArgumentException("no CRD for " + key + " (add it to CustomResourceSchema.CRDS)");
        }
        Schema schema = SCHEMAS.computeIfAbsent(key, k -> load(crd, resource.path("apiVersion").asString()));
        List<String> violations = new ArrayList<>();
        schema.validate(resource).stream().map(CustomResourceSchema::describe).forEach(violations::add);
        try {
            KubernetesModel.readMetadata(resource.path("metadata"));
        } catch (RuntimeException e) {
            violations.add("metadata: " + e.getMessage());
        }
        return violations;
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }

    private static Schema load(String resource, String apiVersion) {
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        try (InputStream in = CustomResourceSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            JsonNode crd = new YAMLMapper().readTree(in);
            JsonNode openApi = StreamSupport.stream(crd.path("spec").path("versions").spliterator(), false)
                    .filter(v -> v.path("name").asString("").equals(version))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(resource + " has no version " + version))
                    .path("schema").path("openAPIV3Schema");
            ObjectNode strict = (ObjectNode) openApi.deepCopy();
            closeObjects(strict);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(strict);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rejects unknown fields (see the class comment) and maps OpenAPI's {@code nullable} to JSON Schema. */
    private static void closeObjects(ObjectNode schema) {
        boolean preservesUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (schema.has("properties") && !schema.has("additionalProperties") && !preservesUnknown) {
            schema.put("additionalProperties", false);
        }
        if (schema.path("nullable").asBoolean(false) && schema.path("type").isString()) {
            ArrayNode types = JsonNodeFactory.instance.arrayNode().add(schema.path("type").asString()).add("null");
            schema.set("type", types);
        }
        for (String child : List.of("properties", "patternProperties")) {
            schema.path(child).forEach(property -> {
                if (property instanceof ObjectNode object) {
                    closeObjects(object);
                }
            });
        }
        for (String child : List.of("items", "additionalProperties", "not")) {
            if (schema.get(child) instanceof ObjectNode object) {
                closeObjects(object);
            }
        }
        for (String child : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(child).forEach(alternative -> {
                if (alternative instanceof ObjectNode object) {
                    closeObjects(object);
                }
            });
        }
    }
}
