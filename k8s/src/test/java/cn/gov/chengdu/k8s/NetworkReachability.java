package cn.gov.chengdu.k8s;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import tools.jackson.databind.JsonNode;

/**
 * Evaluates an overlay's NetworkPolicies the way Kubernetes does, over the pods the overlay makes and a few
 * endpoints outside its namespace, and lists every connection (source, destination, port) they allow. A policy
 * that selects a pod isolates it for the directions in its policyTypes; a connection then needs an egress rule of
 * the source and an ingress rule of the destination.
 */
final class NetworkReachability {

    /** Something that sends or receives: a pod (in a namespace, with labels) or an address outside the cluster. */
    record Endpoint(String name, String namespace, Map<String, String> namespaceLabels, Map<String, String> labels,
            String ip, Map<String, Integer> namedPorts, List<String> ports) {

        /** A pod in another namespace, listening on "port/protocol" entries. */
        static Endpoint pod(String name, String namespace, Map<String, String> labels, String ip, String... ports) {
            return new Endpoint(name, namespace, Map.of("kubernetes.io/metadata.name", namespace), labels, ip,
                    Map.of(), List.of(ports));
        }

        /** An address outside the cluster (no namespace). */
        static Endpoint address(String name, String ip, String... ports) {
            return new Endpoint(name, null, Map.of(), Map.of(), ip, Map.of(), List.of(ports));
        }
    }

    private final String namespace;
    private final List<NetworkPolicy> policies;
    private final List<Endpoint> endpoints = new ArrayList<>();

    NetworkReachability(ObjectSet set, List<Endpoint> outside) {
        this.namespace = set.namespaces().get(0).getMetadata().getName();
        Map<String, String> namespaceLabels = new HashMap<>(set.namespaces().get(0).getMetadata().getLabels());
        namespaceLabels.put("kubernetes.io/metadata.name", namespace);
        this.policies = set.networkPolicies();
        int address = 10;
        for (ObjectSet.Workload workload : set.workloads()) {
            Map<String, Integer> named = new LinkedHashMap<>();
            List<String> ports = new ArrayList<>();
            workload.template().getSpec().getContainers().forEach(c -> c.getPorts().forEach(p -> {
                if (p.getName() != null) {
                    named.put(p.getName(), p.getContainerPort());
                }
                ports.add(p.getContainerPort() + "/" + (p.getProtocol() == null ? "TCP" : p.getProtocol()));
            }));
            endpoints.add(new Endpoint(workload.name(), namespace, namespaceLabels, workload.podLabels(),
                    "10.244.0." + address++, named, ports));
        }
        // a CloudNativePG cluster's instances: two of them, to see the traffic between instances
        for (JsonNode cluster : set.clusters()) {
            String name = cluster.path("metadata").path("name").asString();
            Map<String, String> labels = new HashMap<>();
            cluster.path("spec").path("inheritedMetadata").path("labels").properties()
                    .forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
            labels.put("cnpg.io/cluster", name);
            for (int instance = 1; instance <= 2; instance++) {
                endpoints.add(new Endpoint(name + "-" + instance, namespace, namespaceLabels, Map.copyOf(labels),
                        "10.244.0." + address++, Map.of("postgresql", 5432, "status", 8000, "metrics", 9187),
                        List.of("5432/TCP", "8000/TCP", "9187/TCP")));
            }
        }
        endpoints.addAll(outside);
    }

    /**
     * Every allowed connection from or to a pod of the namespace, as "source -> destination:port/protocol", sorted
     * (what outside endpoints do among themselves is not this namespace's policies' business).
     */
    Set<String> allowedConnections() {
        Set<String> allowed = new TreeSet<>();
        for (Endpoint from : endpoints) {
            for (Endpoint to : endpoints) {
                if (from == to || !(namespace.equals(from.namespace()) || namespace.equals(to.namespace()))) {
                    continue;
                }
                for (String port : to.ports()) {
                    int number = Integer.parseInt(port.substring(0, port.indexOf('/')));
                    String protocol = port.substring(port.indexOf('/') + 1);
                    if (allowed(from, to, number, protocol)) {
                        allowed.add(from.name() + " -> " + to.name() + ":" + port);
                    }
                }
            }
        }
        return allowed;
    }

    List<Endpoint> endpoints() {
        return endpoints;
    }

    private boolean allowed(Endpoint from, Endpoint to, int port, String protocol) {
        return direction(from, "Egress", to, port, protocol) && direction(to, "Ingress", from, port, protocol);
    }

    /** Whether the policies of {@code pod} let this traffic through in that direction. */
    private boolean direction(Endpoint pod, String type, Endpoint peer, int port, String protocol) {
        if (!namespace.equals(pod.namespace())) {
            return true; // no policies of ours there
        }
        List<NetworkPolicy> selecting = policies.stream()
                .filter(p -> Selectors.matches(p.getSpec().getPodSelector(), pod.labels()))
                .filter(p -> types(p).contains(type))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        Endpoint destination = type.equals("Egress") ? peer : pod;
        for (NetworkPolicy policy : selecting) {
            if (type.equals("Ingress")) {
                for (var rule : policy.getSpec().getIngress()) {
                    if (peers(rule.getFrom(), peer) && ports(rule.getPorts(), destination, port, protocol)) {
                        return true;
                    }
                }
            } else {
                for (var rule : policy.getSpec().getEgress()) {
                    if (peers(rule.getTo(), peer) && ports(rule.getPorts(), destination, port, protocol)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> types(NetworkPolicy policy) {
        if (!policy.getSpec().getPolicyTypes().isEmpty()) {
            return policy.getSpec().getPolicyTypes();
        }
        return policy.getSpec().getEgress().isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    private boolean peers(List<NetworkPolicyPeer> peers, Endpoint peer) {
        if (peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer candidate : peers) {
            if (candidate.getIpBlock() != null) {
                if (inBlock(candidate.getIpBlock(), peer.ip())) {
                    return true;
                }
                continue;
            }
            if (peer.namespace() == null) {
                continue; // outside the cluster: only an ipBlock names it
            }
            boolean namespaceMatches = candidate.getNamespaceSelector() == null ? namespace.equals(peer.namespace())
                    : Selectors.matches(candidate.getNamespaceSelector(), peer.namespaceLabels());
            boolean podMatches = candidate.getPodSelector() == null
                    || Selectors.matches(candidate.getPodSelector(), peer.labels());
            if (namespaceMatches && podMatches) {
                return true;
            }
        }
        return false;
    }

    private static boolean ports(List<NetworkPolicyPort> ports, Endpoint destination, int port, String protocol) {
        if (ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort candidate : ports) {
            String candidateProtocol = candidate.getProtocol() == null ? "TCP" : candidate.getProtocol();
            if (!candidateProtocol.equals(protocol)) {
                continue;
            }
            IntOrString value = candidate.getPort();
            if (value == null) {
                return true;
            }
            int first = value.getValue() instanceof String name
                    ? destination.namedPorts().getOrDefault(name, -1)
                    : (Integer) value.getValue();
            int last = candidate.getEndPort() == null ? first : candidate.getEndPort();
            if (port >= first && port <= last) {
                return true;
            }
        }
        return false;
    }

    private static boolean inBlock(IPBlock block, String ip) {
        if (!inCidr(block.getCidr(), ip)) {
            return false;
        }
        return block.getExcept().stream().noneMatch(except -> inCidr(except, ip));
    }

    private static boolean inCidr(String cidr, String ip) {
        try {
            String[] parts = cidr.split("/");
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            byte[] address = InetAddress.getByName(ip).getAddress();
            if (network.length != address.length) {
                return false;
            }
            int bits = Integer.parseInt(parts[1]);
            int shift = network.length * 8 - bits;
            return new BigInteger(1, network).shiftRight(shift).equals(new BigInteger(1, address).shiftRight(shift));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr + " / " + ip, e);
        }
    }
}
