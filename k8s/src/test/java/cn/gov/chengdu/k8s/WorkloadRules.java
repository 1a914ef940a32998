package cn.gov.chengdu.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * What every pod of the suite must be (issue 13, DESIGN §8): non-root, read-only, no privilege escalation, no
 * capabilities, a seccomp profile, probes, requests and limits, a pinned image; and for the applications, the
 * {@code /q/health} probes on the port their application.properties configures. Each check returns the broken
 * rules, one line each, so that a failing build lists all of them at once.
 */
final class WorkloadRules {

    /** Startup probes must wait at least this long: the services start in 4-6 s on an idle 2-core machine. */
    static final int MIN_STARTUP_SECONDS = 60;

    private WorkloadRules() {
    }

    static List<String> check(ObjectSet set) {
        List<String> broken = new ArrayList<>();
        Map<String, Integer> ports = Manifests.configuredPorts();
        for (ObjectSet.Workload workload : set.workloads()) {
            String id = set + " " + workload.kind() + "/" + workload.name();
            PodSpec pod = workload.template().getSpec();
            checkPodSecurity(id, pod, broken);
            for (Container container : pod.getContainers()) {
                String cid = id + " container " + container.getName();
                checkContainerSecurity(cid, pod, container, broken);
                checkResources(cid, container, broken);
                checkImage(cid, container.getImage(), broken);
                checkProbesPresent(cid, container, broken);
            }
            if (!pod.getInitContainers().isEmpty()) {
                broken.add(id + ": has init containers, which these rules do not cover");
            }
            if (ports.containsKey(workload.name())) {
                checkApplication(id, workload, ports.get(workload.name()), broken);
            }
        }
        for (Deployment deployment : set.deployments()) {
            if (deployment.getSpec().getReplicas() != null) {
                broken.add(set + " Deployment/" + deployment.getMetadata().getName()
                        + ": sets replicas, which its HorizontalPodAutoscaler owns (each apply would reset them)");
            }
        }
        return broken;
    }

    private static void checkPodSecurity(String id, PodSpec pod, List<String> broken) {
        PodSecurityContext security = Optional.ofNullable(pod.getSecurityContext()).orElseGet(PodSecurityContext::new);
        if (Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID())
                || Boolean.TRUE.equals(pod.getHostIPC())) {
            broken.add(id + ": uses the host's network, PID or IPC namespace");
        }
        if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
            broken.add(id + ": mounts a service account token it does not need (automountServiceAccountToken: false)");
        }
        if (!Boolean.TRUE.equals(security.getRunAsNonRoot())) {
            broken.add(id + ": pod securityContext.runAsNonRoot is not true");
        }
        if (Objects.equals(security.getRunAsUser(), 0L)) {
            broken.add(id + ": runs as uid 0");
        }
        if (security.getSeccompProfile() == null
                || !"RuntimeDefault".equals(security.getSeccompProfile().getType())) {
            broken.add(id + ": pod seccompProfile is not RuntimeDefault");
        }
    }

    private static void checkContainerSecurity(String id, PodSpec pod, Container container, List<String> broken) {
        SecurityContext security = container.getSecurityContext();
        if (security == null) {
            broken.add(id + ": no securityContext");
            return;
        }
        if (!Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
            broken.add(id + ": allowPrivilegeEscalation is not false");
        }
        if (Boolean.TRUE.equals(security.getPrivileged())) {
            broken.add(id + ": privileged");
        }
        if (!Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
            broken.add(id + ": readOnlyRootFilesystem is not true");
        }
        if (Boolean.FALSE.equals(security.getRunAsNonRoot()) || Objects.equals(security.getRunAsUser(), 0L)) {
            broken.add(id + ": may run as root");
        }
        if (security.getCapabilities() == null || !security.getCapabilities().getDrop().contains("ALL")) {
            broken.add(id + ": does not drop ALL capabilities");
        } else if (!security.getCapabilities().getAdd().isEmpty()) {
            broken.add(id + ": adds capabilities " + security.getCapabilities().getAdd());
        }
        boolean tmpIsWritable = container.getVolumeMounts().stream()
                .filter(mount -> "/tmp".equals(mount.getMountPath()))
                .map(mount -> volume(pod, mount.getName()))
                .anyMatch(volume -> volume.isPresent() && volume.get().getEmptyDir() != null);
        if (!tmpIsWritable) {
            broken.add(id + ": no emptyDir on /tmp (the root filesystem is read-only)");
        }
    }

    private static Optional<Volume> volume(PodSpec pod, String name) {
        return pod.getVolumes().stream().filter(v -> name.equals(v.getName())).findFirst();
    }

    private static void checkResources(String id, Container container, List<String> broken) {
        if (container.getResources() == null) {
            broken.add(id + ": no resources");
            return;
        }
        Map<String, Quantity> requests = container.getResources().getRequests();
        Map<String, Quantity> limits = container.getResources().getLimits();
        for (String resource : List.of("cpu", "memory")) {
            if (!requests.containsKey(resource)) {
                broken.add(id + ": no " + resource + " request");
            }
            if (!limits.containsKey(resource)) {
                broken.add(id + ": no " + resource + " limit");
            }
            if (requests.containsKey(resource) && limits.containsKey(resource)
                    && requests.get(resource).getNumericalAmount().compareTo(
                            limits.get(resource).getNumericalAmount()) > 0) {
                broken.add(id + ": " + resource + " request above its limit");
            }
        }
    }

    /** A pinned image: a digest, or a tag that is not {@code latest}. */
    static void checkImage(String id, String image, List<String> broken) {
        if (image == null || image.isBlank()) {
            broken.add(id + ": no image");
            return;
        }
        if (image.contains("@sha256:")) {
            return;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon <= slash) {
            broken.add(id + ": image " + image + " has no tag (that is :latest)");
        } else if (image.substring(colon + 1).equals("latest")) {
            broken.add(id + ": image " + image + " is :latest");
        }
    }

    /** The image without its tag or digest. */
    static String repository(String image) {
        if (image.contains("@")) {
            return image.substring(0, image.indexOf('@'));
        }
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? image.substring(0, colon) : image;
    }

    private static void checkProbesPresent(String id, Container container, List<String> broken) {
        if (container.getLivenessProbe() == null) {
            broken.add(id + ": no liveness probe");
        }
        if (container.getReadinessProbe() == null) {
            broken.add(id + ": no readiness probe");
        }
        if (container.getStartupProbe() == null) {
            broken.add(id + ": no startup probe");
        } else {
            Probe startup = container.getStartupProbe();
            int seconds = value(startup.getPeriodSeconds(), 10) * value(startup.getFailureThreshold(), 3);
            if (seconds < MIN_STARTUP_SECONDS) {
                broken.add(id + ": the startup probe gives up after " + seconds + " s (< " + MIN_STARTUP_SECONDS
                        + " s: a slow node would restart it while it starts)");
            }
        }
    }

    private static int value(Integer value, int kubernetesDefault) {
        return value == null ? kubernetesDefault : value;
    }

    /** One of the suite's applications: its image, its port and its health endpoints. */
    private static void checkApplication(String id, ObjectSet.Workload workload, int port, List<String> broken) {
        String application = workload.name();
        PodSpec pod = workload.template().getSpec();
        if (pod.getContainers().size() != 1) {
            broken.add(id + ": expected one container, found " + pod.getContainers().size());
            return;
        }
        Container container = pod.getContainers().get(0);
        String image = container.getImage();
        if (!repository(image).endsWith("chengdu/" + application)) {
            broken.add(id + ": image " + image + " is not chengdu/" + application + " (what -Pimage builds)");
        }
        if (!image.contains("@sha256:") && !image.endsWith(":" + Manifests.projectVersion())) {
            broken.add(id + ": image " + image + " is not tagged with the project version "
                    + Manifests.projectVersion() + " (what -Pimage builds), nor pinned by digest");
        }
        Optional<ContainerPort> http = container.getPorts().stream()
                .filter(p -> "http".equals(p.getName())).findFirst();
        if (http.isEmpty()) {
            broken.add(id + ": no container port named http");
        } else if (http.get().getContainerPort() != port) {
            broken.add(id + ": container port http is " + http.get().getContainerPort() + " but " + application
                    + "/src/main/resources/application.properties sets quarkus.http.port=" + port);
        }
        if (container.getPorts().size() != 1) {
            broken.add(id + ": expected only the http port (Quarkus serves health and metrics on it)");
        }
        checkHealthProbe(id, "liveness", container.getLivenessProbe(), "/q/health/live", port, broken);
        checkHealthProbe(id, "readiness", container.getReadinessProbe(), "/q/health/ready", port, broken);
        checkHealthProbe(id, "startup", container.getStartupProbe(), "/q/health/started", port, broken);
        Map<String, String> annotations = workload.template().getMetadata().getAnnotations();
        if (!"true".equals(annotations.get("prometheus.io/scrape"))
                || !String.valueOf(port).equals(annotations.get("prometheus.io/port"))
                || !"/q/metrics".equals(annotations.get("prometheus.io/path"))) {
            broken.add(id + ": the pod's Prometheus annotations do not say scrape /q/metrics on " + port);
        }
    }

    private static void checkHealthProbe(String id, String which, Probe probe, String path, int port,
            List<String> broken) {
        if (probe == null) {
            return;
        }
        if (probe.getHttpGet() == null) {
            broken.add(id + ": the " + which + " probe is not an HTTP GET of " + path);
            return;
        }
        if (!path.equals(probe.getHttpGet().getPath())) {
            broken.add(id + ": the " + which + " probe gets " + probe.getHttpGet().getPath() + ", not " + path);
        }
        Object probePort = probe.getHttpGet().getPort() == null ? null : probe.getHttpGet().getPort().getValue();
        if (!"http".equals(probePort) && !Integer.valueOf(port).equals(probePort)) {
            broken.add(id + ": the " + which + " probe targets port " + probePort + ", not http (" + port + ")");
        }
    }
}
