package cn.gov.chengdu.k8s;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import tools.jackson.databind.JsonNode;

/**
 * How the objects of a rendered overlay fit together: Services select pods and their ports exist, every
 * Deployment has its autoscaler and disruption budget, the Ingress reaches the gateway over TLS, every ConfigMap
 * and Secret a pod needs is rendered or documented, URLs in the configuration name Services that exist, and no
 * Secret carries data.
 */
final class WiringRules {

    private static final Pattern SERVICE_URL = Pattern.compile("^https?://([a-z0-9-]+):(\\d+)(/.*)?$");
    private static final Pattern JDBC_URL = Pattern.compile("^jdbc:postgresql://([a-z0-9.-]+):(\\d+)/([a-z0-9_]+)$");

    private WiringRules() {
    }

    static List<String> check(ObjectSet set) {
        List<String> broken = new ArrayList<>();
        checkDeploymentsAreTheApplications(set, broken);
        checkServices(set, broken);
        checkAutoscalersAndBudgets(set, broken);
        checkIngress(set, broken);
        checkNamespace(set, broken);
        checkReferences(set, broken);
        checkConfiguration(set, broken);
        for (Secret secret : set.secrets()) {
            if (!secret.getData().isEmpty() || !secret.getStringData().isEmpty()) {
                broken.add(set + " Secret/" + secret.getMetadata().getName() + " carries data: secret values are"
                        + " never committed (k8s/README.md says how to create each Secret)");
            }
        }
        return broken;
    }

    private static void checkDeploymentsAreTheApplications(ObjectSet set, List<String> broken) {
        Set<String> deployed = new HashSet<>();
        set.deployments().forEach(d -> deployed.add(d.getMetadata().getName()));
        if (!deployed.equals(Set.copyOf(Manifests.APPLICATIONS))) {
            broken.add(set + ": Deployments are " + deployed + ", expected " + Manifests.APPLICATIONS);
        }
    }

    private static void checkServices(ObjectSet set, List<String> broken) {
        for (Service service : set.services()) {
            String id = set + " Service/" + service.getMetadata().getName();
            Map<String, String> selector = service.getSpec().getSelector();
            List<ObjectSet.Workload> selected = set.workloads().stream()
                    .filter(w -> Selectors.serviceSelects(selector, w.podLabels())).toList();
            if (selected.size() != 1) {
                broken.add(id + ": selector " + selector + " selects " + selected.size()
                        + " workloads' pods, expected exactly one");
                continue;
            }
            ObjectSet.Workload workload = selected.get(0);
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() == null ? new IntOrString(port.getPort())
                        : port.getTargetPort();
                boolean exists = workload.template().getSpec().getContainers().stream()
                        .flatMap(c -> c.getPorts().stream())
                        .anyMatch(p -> target.getValue() instanceof String name ? name.equals(p.getName())
                                : target.getValue().equals(p.getContainerPort()));
                if (!exists) {
                    broken.add(id + ": targetPort " + target.getValue() + " is no container port of "
                            + workload.name());
                }
            }
            Integer configured = Manifests.configuredPorts().get(service.getMetadata().getName());
            if (configured != null && service.getSpec().getPorts().stream()
                    .noneMatch(p -> p.getPort().equals(configured))) {
                broken.add(id + ": does not expose " + configured + ", the application's own port, which the"
                        + " other applications' URLs use");
            }
        }
        for (ObjectSet.Workload workload : set.workloads()) {
            boolean served = set.services().stream()
                    .anyMatch(s -> Selectors.serviceSelects(s.getSpec().getSelector(), workload.podLabels()));
            if (!served) {
                broken.add(set + " " + workload.kind() + "/" + workload.name() + ": no Service selects its pods");
            }
        }
    }

    private static void checkAutoscalersAndBudgets(ObjectSet set, List<String> broken) {
        for (Deployment deployment : set.deployments()) {
            String name = deployment.getMetadata().getName();
            String id = set + " Deployment/" + name;
            List<HorizontalPodAutoscaler> autoscalers = set.autoscalers().stream()
                    .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                            && name.equals(h.getSpec().getScaleTargetRef().getName()))
                    .toList();
            if (autoscalers.size() != 1) {
                broken.add(id + ": " + autoscalers.size() + " HorizontalPodAutoscalers, expected one");
                continue;
            }
            HorizontalPodAutoscaler hpa = autoscalers.get(0);
            int min = hpa.getSpec().getMinReplicas() == null ? 1 : hpa.getSpec().getMinReplicas();
            if (hpa.getSpec().getMaxReplicas() < min) {
                broken.add(id + ": its autoscaler's maxReplicas is below minReplicas");
            }
            if ("prod".equals(set.name()) && min < 2) {
                broken.add(id + ": in prod at least two replicas (one node or rollout must not take it down)");
            }
            if (hpa.getSpec().getMetrics().stream().noneMatch(m -> m.getResource() != null
                    && "cpu".equals(m.getResource().getName()))) {
                broken.add(id + ": its autoscaler does not scale on CPU");
            }
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> budgets = set.disruptionBudgets().stream()
                    .filter(p -> Selectors.matches(p.getSpec().getSelector(), podLabels)).toList();
            if (budgets.size() != 1) {
                broken.add(id + ": " + budgets.size() + " PodDisruptionBudgets select its pods, expected one");
                continue;
            }
            PodDisruptionBudget budget = budgets.get(0);
            IntOrString minAvailable = budget.getSpec().getMinAvailable();
            if (budget.getSpec().getMaxUnavailable() == null && (minAvailable == null
                    || !(minAvailable.getValue() instanceof Integer m) || m >= min)) {
                broken.add(id + ": its PodDisruptionBudget could block every node drain (use maxUnavailable, or"
                        + " minAvailable below the autoscaler's minReplicas)");
            }
        }
    }

    private static void checkIngress(ObjectSet set, List<String> broken) {
        List<Ingress> ingresses = set.ingresses();
        if (ingresses.size() != 1) {
            broken.add(set + ": " + ingresses.size() + " Ingresses, expected one (for the gateway)");
            return;
        }
        Ingress ingress = ingresses.get(0);
        String id = set + " Ingress/" + ingress.getMetadata().getName();
        if (ingress.getSpec().getIngressClassName() == null) {
            broken.add(id + ": no ingressClassName");
        }
        Set<String> tlsHosts = new HashSet<>();
        for (IngressTLS tls : ingress.getSpec().getTls()) {
            if (tls.getSecretName() == null || tls.getSecretName().isBlank()) {
                broken.add(id + ": a TLS entry without a Secret");
            }
            tlsHosts.addAll(tls.getHosts());
        }
        for (IngressRule rule : ingress.getSpec().getRules()) {
            if (rule.getHost() == null || !tlsHosts.contains(rule.getHost())) {
                broken.add(id + ": host " + rule.getHost() + " is not served over TLS");
            }
            rule.getHttp().getPaths().forEach(path -> {
                var backend = path.getBackend().getService();
                var gateway = set.named(Service.class, "gateway");
                if (backend == null || !"gateway".equals(backend.getName()) || gateway.isEmpty()) {
                    broken.add(id + ": path " + path.getPath() + " does not go to the gateway Service");
                } else if (gateway.get().getSpec().getPorts().stream().noneMatch(p ->
                        p.getName().equals(backend.getPort().getName())
                                || p.getPort().equals(backend.getPort().getNumber()))) {
                    broken.add(id + ": path " + path.getPath() + " names no port of the gateway Service");
                }
            });
        }
    }

    private static void checkNamespace(ObjectSet set, List<String> broken) {
        List<Namespace> namespaces = set.namespaces();
        if (namespaces.size() != 1) {
            broken.add(set + ": " + namespaces.size() + " Namespaces, expected the suite's own");
            return;
        }
        Namespace namespace = namespaces.get(0);
        if (!"restricted".equals(namespace.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"))) {
            broken.add(set + " Namespace/" + namespace.getMetadata().getName()
                    + ": does not enforce the restricted Pod Security Standard");
        }
        for (var object : set.all(HasMetadata.class)) {
            String ns = object.getMetadata().getNamespace();
            if (!(object instanceof Namespace) && !namespace.getMetadata().getName().equals(ns)) {
                broken.add(set + " " + object.getKind() + "/" + object.getMetadata().getName()
                        + ": in namespace " + ns + ", not the suite's");
            }
        }
    }

    /** Every ConfigMap a pod reads is rendered; every Secret it reads is made by CloudNativePG or documented. */
    private static void checkReferences(ObjectSet set, List<String> broken) {
        Set<String> configMaps = new HashSet<>();
        set.configMaps().forEach(c -> configMaps.add(c.getMetadata().getName()));
        Set<String> operatorSecrets = new HashSet<>();
        set.clusters().forEach(c -> operatorSecrets.add(c.path("metadata").path("name").asString() + "-app"));
        String readme = Manifests.read(Manifests.k8sDir().resolve("README.md"));
        Set<String> secrets = new HashSet<>();
        Set<String> missingConfigMaps = new HashSet<>();
        for (ObjectSet.Workload workload : set.workloads()) {
            PodSpec pod = workload.template().getSpec();
            for (Container container : pod.getContainers()) {
                for (EnvFromSource from : container.getEnvFrom()) {
                    if (from.getConfigMapRef() != null) {
                        missingConfigMaps.add(from.getConfigMapRef().getName());
                    }
                    if (from.getSecretRef() != null) {
                        secrets.add(from.getSecretRef().getName());
                    }
                }
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        secrets.add(env.getValueFrom().getSecretKeyRef().getName());
                    }
                    if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                        missingConfigMaps.add(env.getValueFrom().getConfigMapKeyRef().getName());
                    }
                }
            }
            for (Volume volume : pod.getVolumes()) {
                if (volume.getSecret() != null) {
                    secrets.add(volume.getSecret().getSecretName());
                }
                if (volume.getConfigMap() != null) {
                    missingConfigMaps.add(volume.getConfigMap().getName());
                }
            }
        }
        set.ingresses().forEach(i -> i.getSpec().getTls().forEach(t -> secrets.add(t.getSecretName())));
        missingConfigMaps.removeAll(configMaps);
        missingConfigMaps.forEach(name -> broken.add(set + ": ConfigMap " + name + " is used but not rendered"));
        for (String secret : secrets) {
            if (!operatorSecrets.contains(secret) && !readme.contains("`" + secret + "`")) {
                broken.add(set + ": Secret " + secret + " is used, neither made by CloudNativePG nor documented"
                        + " in k8s/README.md");
            }
        }
    }

    /** The applications' configuration: URLs name Services (or database clusters) that exist. */
    private static void checkConfiguration(ObjectSet set, List<String> broken) {
        for (ConfigMap configMap : set.configMaps()) {
            String id = set + " ConfigMap/" + configMap.getMetadata().getName();
            for (Map.Entry<String, String> entry : configMap.getData().entrySet()) {
                String key = entry.getKey();
                String value = entry.getValue().trim();
                if (key.equals("QUARKUS_HTTP_CORS_ORIGINS") && value.contains("*")) {
                    broken.add(id + ": CORS origins contain a wildcard");
                }
                Matcher service = SERVICE_URL.matcher(value);
                if (service.matches()) {
                    String name = service.group(1);
                    int port = Integer.parseInt(service.group(2));
                    boolean exists = set.named(Service.class, name).stream()
                            .flatMap(s -> s.getSpec().getPorts().stream()).anyMatch(p -> p.getPort() == port);
                    if (!exists) {
                        broken.add(id + ": " + key + "=" + value + " names no Service port " + name + ":" + port);
                    }
                }
                Matcher jdbc = JDBC_URL.matcher(value);
                if (key.equals("QUARKUS_DATASOURCE_JDBC_URL") && !jdbc.matches()) {
                    broken.add(id + ": " + key + "=" + value + " is not jdbc:postgresql://host:port/database");
                } else if (key.equals("QUARKUS_DATASOURCE_JDBC_URL")) {
                    checkDatabaseUrl(set, id, jdbc.group(1), Integer.parseInt(jdbc.group(2)), jdbc.group(3),
                            broken);
                }
            }
        }
        if ("prod".equals(set.name())) {
            set.named(ConfigMap.class, configMapName(set, "suite-config")).ifPresent(suite -> {
                if (!"true".equals(suite.getData().get("SUITE_LOG_JSON"))) {
                    broken.add(set + ": SUITE_LOG_JSON is not true in prod");
                }
                if (!"false".equals(suite.getData().get("SUITE_DEMO_DATA_ENABLED"))) {
                    broken.add(set + ": SUITE_DEMO_DATA_ENABLED is not false in prod");
                }
            });
        }
    }

    /** The generated name (with its content hash) of a ConfigMap. */
    static String configMapName(ObjectSet set, String base) {
        return set.configMaps().stream().map(c -> c.getMetadata().getName())
                .filter(n -> n.equals(base) || n.matches(Pattern.quote(base) + "-[a-z0-9]{10}"))
                .findFirst().orElse(base);
    }

    private static void checkDatabaseUrl(ObjectSet set, String id, String host, int port, String database,
            List<String> broken) {
        if (port != 5432) {
            broken.add(id + ": the database port is " + port + ", not 5432");
        }
        if (host.endsWith("-rw")) {
            String cluster = host.substring(0, host.length() - "-rw".length());
            JsonNode found = set.clusters().stream()
                    .filter(c -> cluster.equals(c.path("metadata").path("name").asString()))
                    .findFirst().orElse(null);
            if (found == null) {
                broken.add(id + ": " + host + " is the primary of no CloudNativePG Cluster of this overlay");
            } else if (!database.equals(found.path("spec").path("bootstrap").path("initdb").path("database")
                    .asString())) {
                broken.add(id + ": database " + database + " is not the one Cluster " + cluster + " creates");
            }
        } else if (set.named(Service.class, host).isEmpty()) {
            broken.add(id + ": database host " + host + " is no Service of this overlay");
        }
    }
}
