package dev.ryugaku.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/kubernetes checked offline, without a cluster: every manifest parses into typed Kubernetes
 * objects, and the Deployment fits the application (probe paths and port, graceful shutdown) and
 * the rules of docs/decisions/0021 (security context, affinity, replicas, budget). With kubectl on
 * the machine each overlay is also rendered ({@code kubectl kustomize}) and checked as a whole.
 */
class KubernetesManifestsTest {

    private static final Path KUBERNETES = Repository.root().resolve("deploy/kubernetes");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Properties APPLICATION = applicationProperties();

    private static Properties applicationProperties() {
        Properties properties = new Properties();
        try (var in = KubernetesManifestsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    /** {@code ${PORT:8080}} → 8080: the value the app uses when nothing overrides it. */
    private static String defaultOf(String key) {
        String value = APPLICATION.getProperty(key);
        Matcher placeholder = Pattern.compile("\\$\\{[^:}]+:([^}]*)}").matcher(value);
        return placeholder.matches() ? placeholder.group(1) : value;
    }

    private static List<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            return files.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().toList();
        }
    }

    private static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (!document.isBlank()) {
                Object parsed = SERIALIZATION.unmarshal(document);
                assertThat(parsed).as(document).isInstanceOf(HasMetadata.class);
                objects.add((HasMetadata) parsed);
            }
        }
        return objects;
    }

    private static List<HasMetadata> parse(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    @Test
    void everyManifestParsesIntoATypedKubernetesObject() throws IOException {
        List<Path> files = manifests();
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : files) {
            for (HasMetadata object : parse(file)) {
                assertThat(object).as(file + ": a kind the model knows, spelled as it expects")
                        .isNotInstanceOf(GenericKubernetesResource.class);
                assertThat(object.getMetadata().getName()).as(file.toString()).isNotBlank();
            }
        }
    }

    @Test
    void theBaseHasEveryPieceARealInstallationNeeds() throws IOException {
        List<Class<?>> kinds = manifests().stream().filter(file -> file.startsWith(KUBERNETES.resolve("base")))
                .flatMap(file -> uncheck(() -> parse(file)).stream()).<Class<?>>map(Object::getClass).toList();
        assertThat(kinds).contains(Deployment.class, Service.class, Ingress.class, PodDisruptionBudget.class,
                NetworkPolicy.class, ConfigMap.class, ServiceMonitor.class);
        assertThat(manifests().stream().flatMap(file -> uncheck(() -> parse(file)).stream()))
                .as("an example Secret").anyMatch(Secret.class::isInstance);
    }

    private static Deployment baseDeployment() throws IOException {
        return (Deployment) parse(KUBERNETES.resolve("base/deployment.yaml")).getFirst();
    }

    @Test
    void probesAskTheActuatorGroupsOnThePortTheAppListensOn() throws IOException {
        Deployment deployment = baseDeployment();
        Container app = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
        int appPort = Integer.parseInt(Optional.ofNullable(APPLICATION.getProperty("management.server.port"))
                .orElse(defaultOf("server.port")));
        assertThat(app.getPorts()).anySatisfy(port -> {
            assertThat(port.getName()).isEqualTo("http");
            assertThat(port.getContainerPort()).isEqualTo(appPort);
        });
        assertThat(APPLICATION.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertProbe(app.getStartupProbe(), "/actuator/health/liveness");
        assertProbe(app.getLivenessProbe(), "/actuator/health/liveness");
        assertProbe(app.getReadinessProbe(), "/actuator/health/readiness");
        assertThat(app.getEnv()).anySatisfy(env -> {
            assertThat(env.getName()).isEqualTo("PORT");
            assertThat(env.getValue()).isEqualTo(String.valueOf(appPort));
        });
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort()).isEqualTo(new IntOrString("http"));
    }

    @Test
    void podsOutliveTheGracefulShutdownAndRollOutWithoutLosingCapacity() throws IOException {
        Deployment deployment = baseDeployment();
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Duration shutdown = DurationStyle.detectAndParse(APPLICATION.getProperty("spring.lifecycle.timeout-per-shutdown-phase"));
        assertThat(APPLICATION.getProperty("server.shutdown")).isEqualTo("graceful");
        Container app = pod.getContainers().getFirst();
        List<String> preStop = app.getLifecycle().getPreStop().getExec().getCommand();
        assertThat(preStop).first().isEqualTo("sleep");
        long pause = Long.parseLong(preStop.get(1));
        assertThat(pause).isBetween(1L, 10L);
        assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThan(shutdown.toSeconds() + pause);
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable()).isEqualTo(new IntOrString(0));
        assertThat(app.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(app.getResources().getLimits()).containsKeys("memory");
    }

    @Test
    void theAppRunsUnprivilegedOnAReadOnlyRootFilesystem() throws IOException {
        PodSpec pod = baseDeployment().getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        Container app = pod.getContainers().getFirst();
        var security = app.getSecurityContext();
        assertThat(security.getRunAsNonRoot()).isTrue();
        assertThat(security.getAllowPrivilegeEscalation()).isFalse();
        assertThat(security.getReadOnlyRootFilesystem()).isTrue();
        assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(security.getCapabilities().getAdd()).isNullOrEmpty();
        assertThat(security.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(app.getVolumeMounts()).anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
        assertThat(pod.getVolumes()).allSatisfy(volume -> assertThat(volume.getEmptyDir()).as(volume.getName()).isNotNull());
    }

    @Test
    void theIngressKeepsEachBrowserOnThePodHoldingItsSessionOverTls() throws IOException {
        Ingress ingress = (Ingress) parse(KUBERNETES.resolve("base/ingress.yaml")).getFirst();
        Map<String, String> annotations = ingress.getMetadata().getAnnotations();
        assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent")
                .containsKey("nginx.ingress.kubernetes.io/session-cookie-name")
                .containsEntry("nginx.ingress.kubernetes.io/session-cookie-secure", "true");
        assertThat(ingress.getSpec().getTls()).isNotEmpty();
        assertThat(ingress.getSpec().getTls().getFirst().getHosts())
                .containsExactly(ingress.getSpec().getRules().getFirst().getHost());
    }

    @Test
    void prometheusScrapesTheActuatorEndpointOfTheServicesPort() throws IOException {
        ServiceMonitor monitor = (ServiceMonitor) parse(KUBERNETES.resolve("base/servicemonitor.yaml")).getFirst();
        Service service = (Service) parse(KUBERNETES.resolve("base/service.yaml")).getFirst();
        assertThat(monitor.getSpec().getEndpoints()).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.getPath()).isEqualTo("/actuator/prometheus");
            assertThat(endpoint.getPort()).isEqualTo(service.getSpec().getPorts().getFirst().getName());
        });
        assertThat(APPLICATION.getProperty("management.endpoints.web.exposure.include")).contains("prometheus");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kustomization(String overlay) throws IOException {
        return new Yaml().load(Files.readString(KUBERNETES.resolve("overlays").resolve(overlay).resolve("kustomization.yaml")));
    }

    @SuppressWarnings("unchecked")
    private static int replicas(String overlay) throws IOException {
        List<Map<String, Object>> replicas = (List<Map<String, Object>>) kustomization(overlay).get("replicas");
        return ((Number) replicas.getFirst().get("count")).intValue();
    }

    @Test
    void productionRunsTwoReplicasOrMoreAndTheDemoOne() throws IOException {
        assertThat(replicas("production")).isGreaterThanOrEqualTo(2);
        assertThat(baseDeployment().getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(replicas("demo")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"production", "demo"})
    void eachOverlayRendersIntoObjectsThatKeepTheRules(String overlay) throws Exception {
        Optional<String> rendered = kustomize(KUBERNETES.resolve("overlays").resolve(overlay));
        org.junit.jupiter.api.Assumptions.assumeTrue(rendered.isPresent(), "kubectl is not installed");
        List<HasMetadata> objects = parse(rendered.get());
        Deployment deployment = objects.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
                .findFirst().orElseThrow();
        Container app = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
        assertThat(app.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(objects).allSatisfy(object -> assertThat(object.getMetadata().getNamespace()).isNotBlank());
        if (overlay.equals("production")) {
            assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
            assertThat(app.getEnvFrom()).anySatisfy(from -> assertThat(from.getSecretRef()).isNotNull());
            assertThat(objects).anyMatch(PodDisruptionBudget.class::isInstance);
        } else {
            assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
            assertThat(app.getEnv()).anySatisfy(env -> {
                assertThat(env.getName()).isEqualTo("SERVER_ADDRESS");
                assertThat(env.getValue()).isEqualTo("0.0.0.0");
            });
            assertThat(app.getVolumeMounts()).anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/data"));
        }
    }

    private static Optional<String> kustomize(Path directory) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", directory.toString()).redirectErrorStream(false).start();
        } catch (IOException notInstalled) {
            return Optional.empty();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(errors).isZero();
        return Optional.of(output);
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static <T> T uncheck(IoSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
