package cn.gov.chengdu.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import tools.jackson.databind.JsonNode;

/**
 * A set of manifests (a rendered overlay, or the base's files) read strictly: Kubernetes kinds into the fabric8
 * model, CloudNativePG clusters against their CRD's schema. What does not read is in {@link #readErrors()}.
 */
final class ObjectSet {

    /** A pod-making workload: a Deployment or a StatefulSet. */
    record Workload(String kind, String name, PodTemplateSpec template) {
        Map<String, String> podLabels() {
            return template.getMetadata() == null ? Map.of() : template.getMetadata().getLabels();
        }
    }

    private final String name;
    private final List<HasMetadata> objects = new ArrayList<>();
    private final List<JsonNode> clusters = new ArrayList<>();
    private final List<String> readErrors = new ArrayList<>();
    private final Map<String, Integer> countsByKind = new TreeMap<>();

    ObjectSet(String name, List<JsonNode> documents) {
        this.name = name;
        for (JsonNode document : documents) {
            String apiVersion = document.path("apiVersion").asString("");
            String kind = document.path("kind").asString("");
            String id = kind + "/" + document.path("metadata").path("name").asString("?");
            countsByKind.merge(kind, 1, Integer::sum);
            if (CustomResourceSchema.knows(apiVersion, kind)) {
                CustomResourceSchema.violations(document).forEach(v -> readErrors.add(id + " " + v));
                if ("Cluster".equals(kind)) {
                    clusters.add(document);
                }
                continue;
            }
            try {
                objects.add(KubernetesModel.read(document));
            } catch (RuntimeException e) {
                readErrors.add(id + ": " + e.getMessage());
            }
        }
    }

    String name() {
        return name;
    }

    List<String> readErrors() {
        return readErrors;
    }

    /** How many objects of each kind, e.g. {@code {ConfigMap=5, Deployment=4, ...}}. */
    Map<String, Integer> countsByKind() {
        return countsByKind;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    List<Deployment> deployments() {
        return all(Deployment.class);
    }

    List<Workload> workloads() {
        return Stream.concat(
                deployments().stream().map(d -> new Workload("Deployment", d.getMetadata().getName(),
                        d.getSpec().getTemplate())),
                all(StatefulSet.class).stream().map(s -> new Workload("StatefulSet", s.getMetadata().getName(),
                        s.getSpec().getTemplate())))
                .toList();
    }

    List<Service> services() {
        return all(Service.class);
    }

    List<HorizontalPodAutoscaler> autoscalers() {
        return all(HorizontalPodAutoscaler.class);
    }

    List<PodDisruptionBudget> disruptionBudgets() {
        return all(PodDisruptionBudget.class);
    }

    List<NetworkPolicy> networkPolicies() {
        return all(NetworkPolicy.class);
    }

    List<Ingress> ingresses() {
        return all(Ingress.class);
    }

    List<ConfigMap> configMaps() {
        return all(ConfigMap.class);
    }

    List<Secret> secrets() {
        return all(Secret.class);
    }

    List<Namespace> namespaces() {
        return all(Namespace.class);
    }

    /** CloudNativePG {@code Cluster}s, as read (their schema was checked). */
    List<JsonNode> clusters() {
        return clusters;
    }

    @Override
    public String toString() {
        return name;
    }
}
