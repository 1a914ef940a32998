package cn.gov.chengdu.k8s;

import static cn.gov.chengdu.k8s.RenderedOverlaysTest.assertNothingBroken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;

/**
 * Every manifest file, read on its own (no kubectl needed): each Kubernetes object or patch in base/ and overlays/
 * reads into the Kubernetes model with unknown fields rejected, each CloudNativePG Cluster is valid against its
 * CRD's schema, and the base's workloads follow the pod rules. Also shows that the checks do reject what they
 * should.
 */
class ManifestFilesTest {

    @TestFactory
    Stream<DynamicTest> everyManifestFileReadsStrictly() {
        Path k8s = Manifests.k8sDir();
        List<Path> files = Manifests.yamlFiles();
        assertTrue(files.size() >= 10, "the manifests are found under " + k8s);
        return files.stream().map(file -> DynamicTest.dynamicTest(k8s.relativize(file).toString(), () -> {
            List<String> broken = new ArrayList<>();
            for (JsonNode document : Manifests.documents(file)) {
                if (!Manifests.isKubernetesObject(document)) {
                    continue;
                }
                String id = document.path("kind").asString() + "/" + document.path("metadata").path("name")
                        .asString("?");
                String apiVersion = document.path("apiVersion").asString();
                String kind = document.path("kind").asString();
                if (CustomResourceSchema.knows(apiVersion, kind)) {
                    CustomResourceSchema.violations(document).forEach(v -> broken.add(id + " " + v));
                } else {
                    try {
                        KubernetesModel.read(document);
                    } catch (RuntimeException e) {
                        broken.add(id + ": " + e.getMessage());
                    }
                }
            }
            assertNothingBroken(broken);
        }));
    }

    @Test
    void theBaseWorkloadsFollowThePodRules() {
        List<JsonNode> documents = new ArrayList<>();
        for (String application : Manifests.APPLICATIONS) {
            documents.addAll(Manifests.documents(Manifests.k8sDir().resolve("base").resolve(application + ".yaml")));
        }
        ObjectSet base = new ObjectSet("base", documents);
        assertNothingBroken(base.readErrors());
        assertEquals(4, base.deployments().size());
        assertNothingBroken(WorkloadRules.check(base));
    }

    @Test
    void anUnknownOrMistypedFieldIsRejected() {
        JsonNode misspelt = Manifests.documents("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  template:
                    spec:
                      containers:
                        - name: x
                          readinessProbe: {httpGet: {paht: /q/health/ready, port: http}}
                """).get(0);
        var error = assertThrows(RuntimeException.class, () -> KubernetesModel.read(misspelt));
        assertTrue(error.getMessage().contains("\"paht\""), error.getMessage());

        JsonNode mistyped = Manifests.documents("""
                apiVersion: v1
                kind: Service
                metadata: {name: x}
                spec: {ports: [{port: eighty}]}
                """).get(0);
        assertThrows(RuntimeException.class, () -> KubernetesModel.read(mistyped));

        JsonNode unknownKind = Manifests.documents("apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n").get(0);
        assertThrows(IllegalArgumentException.class, () -> KubernetesModel.read(unknownKind));
    }

    @Test
    void aClusterWithAnUnknownOrMistypedSettingIsRejected() {
        JsonNode cluster = Manifests.documents("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: x, lables: {a: b}}
                spec:
                  instances: three
                  bootstrap:
                    initdb: {database: x, owner: x, localeCtype: C.UTF-8}
                  storage: {size: 1Gi}
                """).get(0);
        List<String> violations = CustomResourceSchema.violations(cluster);
        assertEquals(3, violations.size(), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("/spec/instances")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("localeCtype")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("lables")), violations.toString());

        JsonNode valid = Manifests.documents("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: x}
                spec:
                  instances: 3
                  bootstrap:
                    initdb: {database: x, owner: x, localeCType: C.UTF-8}
                  storage: {size: 1Gi}
                """).get(0);
        assertEquals(List.of(), CustomResourceSchema.violations(valid));
    }

    @Test
    void thePodRulesCatchAnInsecureUnprobedUnpinnedPod() {
        JsonNode deployment = Manifests.documents("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: petition-service}
                spec:
                  replicas: 3
                  selector: {matchLabels: {app.kubernetes.io/name: petition-service}}
                  template:
                    metadata: {labels: {app.kubernetes.io/name: petition-service}}
                    spec:
                      securityContext: {runAsUser: 0}
                      containers:
                        - name: petition-service
                          image: chengdu/petition-service:latest
                          ports: [{name: http, containerPort: 8080}]
                          readinessProbe: {httpGet: {path: /health, port: http}}
                          resources: {requests: {memory: 1Gi}, limits: {memory: 512Mi}}
                          securityContext: {readOnlyRootFilesystem: false}
                """).get(0);
        List<String> broken = WorkloadRules.check(new ObjectSet("example", List.of(deployment)));
        String all = String.join("\n", broken);
        for (String expected : List.of("runAsNonRoot is not true", "runs as uid 0", "seccompProfile",
                "automountServiceAccountToken", "allowPrivilegeEscalation", "readOnlyRootFilesystem is not true",
                "drop ALL", "no emptyDir on /tmp", "no cpu request", "no cpu limit", "memory request above its limit",
                "is :latest", "no liveness probe", "no startup probe", "gets /health, not /q/health/ready",
                "container port http is 8080 but petition-service", "sets replicas",
                "not tagged with the project version", "Prometheus annotations")) {
            assertTrue(all.contains(expected), "expected a broken rule mentioning \"" + expected + "\" in:\n" + all);
        }
        assertFalse(broken.isEmpty());
    }
}
