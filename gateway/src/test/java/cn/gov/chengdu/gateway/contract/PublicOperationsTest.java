package cn.gov.chengdu.gateway.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.http.HttpMethod;

class PublicOperationsTest {

    private final PublicOperations operations = PublicOperations.of(contract("""
            openapi: 3.1.0
            paths:
              /api/v1/things:
                get: {security: []}
                post: {security: [{bearer: []}]}
              /api/v1/things/{code}:
                get: {security: [{bearer: [admin]}]}
                delete: {}
              /api/v1/things/lookup:
                get: {security: [{}, {bearer: []}]}
              /api/v1/things/{code}/parts/{part}:
                get: {security: []}
            """));

    @Test
    void anOperationIsPublicWhenItsSecurityIsEmptyAbsentOrOptional() {
        assertTrue(operations.isPublic(HttpMethod.GET, "/api/v1/things"));
        assertTrue(operations.isPublic(HttpMethod.HEAD, "/api/v1/things"));
        assertTrue(operations.isPublic(HttpMethod.GET, "/api/v1/things/"));
        assertTrue(operations.isPublic(HttpMethod.DELETE, "/api/v1/things/x"), "no security and none at the top");
        assertTrue(operations.isPublic(HttpMethod.GET, "/api/v1/things/lookup"), "a literal segment wins over {code}");
        assertTrue(operations.isPublic(HttpMethod.GET, "/api/v1/things/a/parts/b"));
    }

    @Test
    void everythingElseNeedsAToken() {
        assertFalse(operations.isPublic(HttpMethod.POST, "/api/v1/things"));
        assertFalse(operations.isPublic(HttpMethod.GET, "/api/v1/things/x"));
        assertFalse(operations.isPublic(HttpMethod.PUT, "/api/v1/things/x"), "a method the contract does not describe");
        assertFalse(operations.isPublic(HttpMethod.GET, "/api/v1/things/a/parts"), "a path it does not describe");
        assertFalse(operations.isPublic(HttpMethod.GET, "/api/v1/things//parts/b"), "an empty segment is no parameter");
        assertFalse(PublicOperations.none().isPublic(HttpMethod.GET, "/api/v1/things"));
    }

    @Test
    void aDocumentWideRequirementAppliesToOperationsWithoutTheirOwn() {
        PublicOperations secured = PublicOperations.of(contract("""
                openapi: 3.1.0
                security: [{bearer: []}]
                paths:
                  /a: {get: {}, post: {security: []}}
                """));
        assertFalse(secured.isPublic(HttpMethod.GET, "/a"));
        assertTrue(secured.isPublic(HttpMethod.POST, "/a"));
    }

    private static ObjectNode contract(String yaml) {
        try {
            return (ObjectNode) Contracts.YAML.readTree(yaml);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
