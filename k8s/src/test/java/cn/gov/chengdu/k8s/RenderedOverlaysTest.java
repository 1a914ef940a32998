package cn.gov.chengdu.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import cn.gov.chengdu.k8s.NetworkReachability.Endpoint;

/**
 * Renders each overlay with {@code kubectl kustomize} (what {@code kubectl apply -k} applies) and checks the
 * result: every object valid, the rules of issue 13, and the network policies allowing exactly the traffic of
 * DESIGN §8. Without kubectl on the PATH these tests are skipped and say so.
 */
class RenderedOverlaysTest {

    private static final Map<String, ObjectSet> RENDERED = new ConcurrentHashMap<>();
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    static ObjectSet rendered(String overlay) {
        var kubectl = Kustomize.kubectl();
        if (kubectl.isEmpty() && !TOLD.getAndSet(true)) {
            System.out.println("[k8s] WARNING " + Kustomize.NOT_RENDERED);
        }
        Assumptions.assumeTrue(kubectl.isPresent(), Kustomize.NOT_RENDERED);
        return RENDERED.computeIfAbsent(overlay, name -> {
            Path directory = Manifests.k8sDir().resolve("overlays").resolve(name);
            ObjectSet set = new ObjectSet(name, Manifests.documents(Kustomize.render(kubectl.get(), directory)));
            System.out.println("[k8s] kubectl kustomize overlays/" + name + ": " + set.countsByKind());
            return set;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyRenderedObjectIsValid(String overlay) {
        ObjectSet set = rendered(overlay);
        assertNothingBroken(set.readErrors());
        assertEquals(4, set.countsByKind().get("Deployment"), "four Deployments");
        assertTrue(set.countsByKind().get("HorizontalPodAutoscaler") >= 4, "an autoscaler per Deployment");
        assertTrue(set.countsByKind().get("PodDisruptionBudget") >= 4, "a disruption budget per Deployment");
        assertEquals(1, set.countsByKind().get("Ingress"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyPodIsNonRootReadOnlyProbedSizedAndPinned(String overlay) {
        assertNothingBroken(WorkloadRules.check(rendered(overlay)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void servicesAutoscalersBudgetsIngressAndConfigurationFitTogether(String overlay) {
        assertNothingBroken(WiringRules.check(rendered(overlay)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void eachServiceHasItsOwnUtf8DatabaseWithItsExtensions(String overlay) {
        ObjectSet set = rendered(overlay);
        assertNothingBroken(overlay.equals("prod") ? DatabaseRules.checkProduction(set)
                : DatabaseRules.checkDevelopment(set));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everythingIsDeniedByDefault(String overlay) {
        List<NetworkPolicy> denyAll = rendered(overlay).networkPolicies().stream()
                .filter(p -> p.getSpec().getPodSelector().getMatchLabels().isEmpty()
                        && p.getSpec().getPodSelector().getMatchExpressions().isEmpty())
                .filter(p -> p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")))
                .filter(p -> p.getSpec().getIngress().isEmpty() && p.getSpec().getEgress().isEmpty())
                .toList();
        assertEquals(1, denyAll.size(), "one policy that selects every pod and denies all ingress and egress");
    }

    /**
     * The whole connection matrix: every pod of the overlay and a few endpoints outside it, on every port they
     * listen on. What the policies allow must be exactly what DESIGN §8 allows, no more.
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void networkPoliciesAllowExactlyTheDesignedTraffic(String overlay) {
        ObjectSet set = rendered(overlay);
        Endpoint ingressController = podOf(set, "gateway-from-ingress-controller", true, "ingress-controller",
                "10.244.9.1", "80/TCP", "443/TCP");
        Endpoint prometheus = podOf(set, "suite-from-prometheus", true, "prometheus", "10.244.9.2", "9090/TCP");
        Endpoint oidcProvider = oidcProvider(set);
        Endpoint dns = Endpoint.pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"), "10.96.0.10",
                "53/UDP", "53/TCP");
        Endpoint operator = Endpoint.pod("cnpg-operator", "cnpg-system",
                Map.of("app.kubernetes.io/name", "cloudnative-pg"), "10.244.9.3", "9443/TCP");
        // a pod elsewhere that even carries the gateway's labels: it must reach nothing of ours
        Endpoint stranger = Endpoint.pod("stranger", "elsewhere", Map.of("app.kubernetes.io/name", "gateway"),
                "10.244.9.4", "8080/TCP", "5432/TCP");
        Endpoint apiServer = Endpoint.address("api-server", "192.168.10.1", "443/TCP", "6443/TCP");
        Endpoint internet = Endpoint.address("internet", "198.51.100.7", "80/TCP", "443/TCP");
        NetworkReachability network = new NetworkReachability(set,
                List.of(ingressController, prometheus, oidcProvider, dns, operator, stranger, apiServer, internet));

        Set<String> expected = new TreeSet<>();
        Map<String, Integer> ports = Manifests.configuredPorts();
        List<Endpoint> ours = network.endpoints().stream().filter(e -> set.namespaces().get(0).getMetadata()
                .getName().equals(e.namespace())).toList();
        for (Endpoint pod : ours) {
            expected.add(pod.name() + " -> kube-dns:53/UDP");
            expected.add(pod.name() + " -> kube-dns:53/TCP");
        }
        expected.add("ingress-controller -> gateway:" + ports.get("gateway") + "/TCP");
        for (String application : Manifests.APPLICATIONS) {
            expected.add("prometheus -> " + application + ":" + ports.get(application) + "/TCP");
            oidcProvider.ports().forEach(port -> expected.add(application + " -> oidc-provider:" + port));
        }
        for (String service : List.of("certificate-service", "petition-service", "schedule-service")) {
            expected.add("gateway -> " + service + ":" + ports.get(service) + "/TCP");
        }
        expected.add("petition-service -> schedule-service:" + ports.get("schedule-service") + "/TCP");
        for (String database : DatabaseRules.SERVICES) {
            String service = database + "-service";
            if (overlay.equals("dev")) {
                expected.add(service + " -> postgres:5432/TCP");
                continue;
            }
            List<String> instances = List.of(database + "-db-1", database + "-db-2");
            for (String instance : instances) {
                expected.add(service + " -> " + instance + ":5432/TCP");
                expected.add("prometheus -> " + instance + ":9187/TCP");
                expected.add("cnpg-operator -> " + instance + ":5432/TCP");
                expected.add("cnpg-operator -> " + instance + ":8000/TCP");
                for (String other : instances) {
                    if (!other.equals(instance)) {
                        expected.add(instance + " -> " + other + ":5432/TCP");
                        expected.add(instance + " -> " + other + ":8000/TCP");
                    }
                }
                // the Kubernetes API server, which a policy cannot name: any destination on 443 and 6443
                for (Endpoint any : network.endpoints()) {
                    if (any.name().equals(instance)) {
                        continue;
                    }
                    for (String port : any.ports()) {
                        if (port.equals("443/TCP") || port.equals("6443/TCP")) {
                            expected.add(instance + " -> " + any.name() + ":" + port);
                        }
                    }
                }
            }
        }
        Set<String> allowed = network.allowedConnections();
        Set<String> unexpected = new TreeSet<>(allowed);
        unexpected.removeAll(expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(allowed);
        if (!unexpected.isEmpty() || !missing.isEmpty()) {
            fail(overlay + ": the network policies allow " + unexpected.size() + " connection(s) they should not: "
                    + unexpected + "\nand block " + missing.size() + " they should allow: " + missing);
        }
        System.out.println("[k8s] " + overlay + ": the network policies allow exactly the " + allowed.size()
                + " designed connections among " + network.endpoints().size() + " endpoints");
    }

    /** The peer of the first ingress rule of a policy, as a pod listening on the given ports. */
    private static Endpoint podOf(ObjectSet set, String policy, boolean ingress, String name, String ip,
            String... ports) {
        NetworkPolicy found = set.named(NetworkPolicy.class, policy)
                .orElseThrow(() -> new AssertionError(set + ": no NetworkPolicy " + policy));
        NetworkPolicyPeer peer = ingress ? found.getSpec().getIngress().get(0).getFrom().get(0)
                : found.getSpec().getEgress().get(0).getTo().get(0);
        String namespace = peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
        return Endpoint.pod(name, namespace, peer.getPodSelector() == null ? Map.of()
                : peer.getPodSelector().getMatchLabels(), ip, ports);
    }

    /** Where the overlay says the OIDC provider is: an address range outside, or a namespace inside the cluster. */
    private static Endpoint oidcProvider(ObjectSet set) {
        NetworkPolicy policy = set.named(NetworkPolicy.class, "suite-to-oidc-provider")
                .orElseThrow(() -> new AssertionError(set + ": no NetworkPolicy suite-to-oidc-provider"));
        var rule = policy.getSpec().getEgress().get(0);
        List<String> ports = new ArrayList<>();
        rule.getPorts().forEach(p -> ports.add(p.getPort().getValue() + "/" + p.getProtocol()));
        NetworkPolicyPeer peer = rule.getTo().get(0);
        if (peer.getIpBlock() != null) {
            String cidr = peer.getIpBlock().getCidr();
            return Endpoint.address("oidc-provider", cidr.substring(0, cidr.indexOf('/')), ports.toArray(String[]::new));
        }
        String namespace = peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
        return Endpoint.pod("oidc-provider", namespace, Map.of("app", "keycloak"), "10.244.9.5",
                ports.toArray(String[]::new));
    }

    static void assertNothingBroken(List<String> broken) {
        if (!broken.isEmpty()) {
            fail(broken.size() + " rule(s) broken:\n  " + String.join("\n  ", broken));
        }
    }
}
