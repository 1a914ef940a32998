package cn.gov.chengdu.gateway.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import cn.gov.chengdu.gateway.routing.RouteTable;

/**
 * One OpenAPI document for everything reachable through the gateway: the gateway's own paths, then each upstream's
 * paths that the route table sends to it. Components of the same name and content are kept once; a name two
 * services use for different things is prefixed with the later service's name ({@code Problem} →
 * {@code PetitionProblem}) and every reference to it follows. Tags are merged by name.
 */
public final class MergedContract {

    private static final String[] SECTIONS = { "schemas", "responses", "parameters", "examples", "requestBodies",
            "headers", "securitySchemes", "links", "callbacks", "pathItems" };

    private static final String GATEWAY = "gateway";

    private MergedContract() {
    }

    /**
     * {@code services} in the order they are merged (by name), then {@code own}, the gateway's contract, whose
     * {@code openapi}, {@code info} and {@code servers} the merged document takes.
     */
    public static ObjectNode merge(ObjectNode own, Map<String, ObjectNode> services, RouteTable routes) {
        ObjectNode merged = own.deepCopy();
        merged.remove(List.of("paths", "components", "tags", "security"));
        ObjectNode paths = merged.putObject("paths");
        ArrayNode tags = merged.putArray("tags");
        ObjectNode components = merged.putObject("components");
        Set<String> tagNames = new HashSet<>();
        Map<String, ObjectNode> all = new LinkedHashMap<>(services);
        all.put(GATEWAY, own);
        for (Map.Entry<String, ObjectNode> service : all.entrySet()) {
            String name = service.getKey();
            ObjectNode contract = service.getValue().deepCopy();
            Map<String, String> renamed = new HashMap<>();
            Map<String, String> renamedSchemes = new HashMap<>();
            JsonNode theirs = contract.path("components");
            for (String section : SECTIONS) {
                JsonNode entries = theirs.path(section);
                if (!entries.isObject()) {
                    continue;
                }
                ObjectNode ours = components.with(section);
                for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    JsonNode existing = ours.get(entry.getKey());
                    if (existing != null && !existing.equals(entry.getValue())) {
                        String fresh = uniqueName(ours, capitalised(name) + entry.getKey());
                        renamed.put("#/components/" + section + "/" + entry.getKey(), "#/components/" + section + "/" + fresh);
                        if (section.equals("securitySchemes")) {
                            renamedSchemes.put(entry.getKey(), fresh);
                        }
                    }
                }
            }
            if (!renamed.isEmpty()) {
                rewriteReferences(contract, renamed, renamedSchemes);
            }
            JsonNode rewrittenComponents = contract.path("components");
            for (String section : SECTIONS) {
                JsonNode entries = rewrittenComponents.path(section);
                if (!entries.isObject()) {
                    continue;
                }
                ObjectNode ours = components.with(section);
                for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    String key = entry.getKey();
                    String target = renamed.getOrDefault("#/components/" + section + "/" + key, "#/components/" + section + "/" + key);
                    ours.set(target.substring(target.lastIndexOf('/') + 1), entry.getValue());
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = contract.path("paths").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> path = it.next();
                RouteTable.PrefixRoute route = routes.route(path.getKey());
                boolean routedThere = name.equals(GATEWAY) ? route == null
                        : route != null && route.upstream().name().equals(name);
                if (routedThere && !paths.has(path.getKey())) {
                    paths.set(path.getKey(), path.getValue());
                }
            }
            for (JsonNode tag : contract.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
        }
        removeEmpty(components);
        return merged;
    }

    private static String uniqueName(ObjectNode section, String candidate) {
        String name = candidate;
        for (int i = 2; section.has(name); i++) {
            name = candidate + i;
        }
        // reserve it so that a second conflict in the same service gets another name
        section.putNull(name);
        return name;
    }

    private static void rewriteReferences(JsonNode node, Map<String, String> renamed, Map<String, String> schemes) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renamed.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renamed.get(ref.asText())));
            }
            JsonNode security = object.get("security");
            if (security instanceof ArrayNode requirements && !schemes.isEmpty()) {
                for (JsonNode requirement : requirements) {
                    if (requirement instanceof ObjectNode scopes) {
                        List<String> names = new ArrayList<>();
                        scopes.fieldNames().forEachRemaining(names::add);
                        for (String scheme : names) {
                            if (schemes.containsKey(scheme)) {
                                scopes.set(schemes.get(scheme), scopes.remove(scheme));
                            }
                        }
                    }
                }
            }
            object.elements().forEachRemaining(child -> rewriteReferences(child, renamed, schemes));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteReferences(child, renamed, schemes));
        }
    }

    private static void removeEmpty(ObjectNode components) {
        List<String> empty = new ArrayList<>();
        components.fieldNames().forEachRemaining(section -> {
            if (components.path(section).isEmpty()) {
                empty.add(section);
            }
        });
        components.remove(empty);
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
