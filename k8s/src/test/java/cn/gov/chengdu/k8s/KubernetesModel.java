package cn.gov.chengdu.k8s;

import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads manifests into the fabric8 Kubernetes model, strictly: the model classes keep unknown fields in an
 * "additional properties" map, which would let a misspelt field ({@code readinessProbe.httpGet.paht}) pass
 * silently; here every such any-setter is removed, so an unknown field fails with its path, as
 * {@code kubectl apply --validate=strict} would.
 */
final class KubernetesModel {

    /** The kinds the manifests may use, by {@code apiVersion/kind}. Another kind needs a line here. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class));

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new SimpleModule("strict-kubernetes-model").setDeserializerModifier(new NoAnySetter()))
            .build();

    private KubernetesModel() {
    }

    static boolean knows(String apiVersion, String kind) {
        return KINDS.containsKey(apiVersion + "/" + kind);
    }

    /** The object as its model class; fails on an unknown kind, an unknown field or a value of the wrong type. */
    static HasMetadata read(JsonNode manifest) {
        String key = manifest.path("apiVersion").asString("") + "/" + manifest.path("kind").asString("");
        Class<? extends HasMetadata> type = KINDS.get(key);
        if (type == null) {
            throw new IllegalArgumentException("no model for " + key + " (add it to KubernetesModel.KINDS)");
        }
        return STRICT.treeToValue(manifest, type);
    }

    /** Object metadata alone (for custom resources, whose schema leaves {@code metadata} to Kubernetes). */
    static ObjectMeta readMetadata(JsonNode metadata) {
        return STRICT.treeToValue(metadata, ObjectMeta.class);
    }

    /** Removes the model classes' catch-all for unknown fields. */
    private static final class NoAnySetter extends ValueDeserializerModifier {
        @Override
        public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription.Supplier bean,
                BeanDeserializerBuilder builder) {
            if (bean.getBeanClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
                builder.setAnySetter(null);
                builder.setIgnoreUnknownProperties(false);
            }
            return builder;
        }
    }
}
