package cn.gov.chengdu.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.k8s.NetworkReachability.Endpoint;
import tools.jackson.databind.JsonNode;

/** The policy evaluator itself, on small hand-made cases whose answers are known. */
class NetworkReachabilityTest {

    private static final String PODS = """
            apiVersion: v1
            kind: Namespace
            metadata: {name: suite}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: front, namespace: suite}
            spec:
              selector: {matchLabels: {app: front}}
              template:
                metadata: {labels: {app: front}}
                spec: {containers: [{name: c, ports: [{name: http, containerPort: 8080}]}]}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: back, namespace: suite}
            spec:
              selector: {matchLabels: {app: back}}
              template:
                metadata: {labels: {app: back}}
                spec: {containers: [{name: c, ports: [{name: http, containerPort: 9090}]}]}
            """;

    private static final Endpoint OUTSIDER = Endpoint.pod("outsider", "other", Map.of("app", "front"),
            "10.244.9.9", "8080/TCP");
    private static final Endpoint WEB = Endpoint.address("web", "198.51.100.1", "443/TCP");

    private static Set<String> allowed(String policies) {
        List<JsonNode> documents = new ArrayList<>(Manifests.documents(PODS));
        if (!policies.isBlank()) {
            documents.addAll(Manifests.documents(policies));
        }
        return new NetworkReachability(new ObjectSet("test", documents), List.of(OUTSIDER, WEB))
                .allowedConnections();
    }

    @Test
    void withoutPoliciesEverythingIsAllowed() {
        assertEquals(Set.of("front -> back:9090/TCP", "back -> front:8080/TCP", "outsider -> front:8080/TCP",
                "outsider -> back:9090/TCP", "front -> outsider:8080/TCP", "back -> outsider:8080/TCP",
                "front -> web:443/TCP", "back -> web:443/TCP", "web -> front:8080/TCP", "web -> back:9090/TCP"),
                allowed(""));
    }

    @Test
    void aDefaultDenyAllowsNothing() {
        assertEquals(Set.of(), allowed("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: deny, namespace: suite}
                spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
                """));
    }

    @Test
    void aConnectionNeedsTheSendersEgressAndTheReceiversIngressOnTheRightPort() {
        String policies = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: deny, namespace: suite}
                spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: front-out, namespace: suite}
                spec:
                  podSelector: {matchLabels: {app: front}}
                  policyTypes: [Egress]
                  egress:
                    - to: [{podSelector: {matchLabels: {app: back}}}]
                      ports: [{port: 9090}]
                    - to: [{ipBlock: {cidr: 198.51.100.0/24, except: [198.51.100.2/32]}}]
                """;
        assertEquals(Set.of("front -> web:443/TCP"), allowed(policies));
        String backIn = """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: back-in, namespace: suite}
                spec:
                  podSelector: {matchLabels: {app: back}}
                  policyTypes: [Ingress]
                  ingress:
                    - from: [{podSelector: {matchLabels: {app: front}}}]
                      ports: [{port: http}]
                """;
        // a pod selector alone means this namespace: the outsider with the same labels stays out
        assertEquals(Set.of("front -> web:443/TCP", "front -> back:9090/TCP"),
                allowed(policies + backIn));
        // a wrong port number lets nothing through
        assertEquals(Set.of("front -> web:443/TCP"),
                allowed(policies + backIn.replace("port: http", "port: 9091")));
    }

    @Test
    void aNamespaceSelectorAdmitsPodsOfTheNamedNamespace() {
        assertEquals(Set.of("outsider -> front:8080/TCP"), allowed("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: deny, namespace: suite}
                spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: front-in, namespace: suite}
                spec:
                  podSelector: {matchLabels: {app: front}}
                  policyTypes: [Ingress]
                  ingress:
                    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: other}}}]
                """));
    }
}
