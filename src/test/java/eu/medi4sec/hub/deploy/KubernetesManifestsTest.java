package eu.medi4sec.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kustomize base in deploy/kubernetes, checked without a cluster or the internet: every resource the
 * kustomization lists is valid against the strict JSON schema of its kind (Kubernetes 1.36 and the
 * CloudNativePG CRDs, in src/test/resources/kubernetes-schemas, made by generate.py there: no unknown
 * fields, right types, required fields present), and the resources name one another correctly.
 */
class KubernetesManifestsTest {

    static final Path BASE = Path.of("deploy/kubernetes");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static List<JsonNode> resources;

    @BeforeAll
    static void loadTheKustomization() throws IOException {
        resources = load(BASE);
    }

    /** Every document of every file that kustomization.yaml lists, in order. */
    static List<JsonNode> load(Path base) throws IOException {
        JsonNode kustomization =
                YAML.readTree(base.resolve("kustomization.yaml").toFile());
        assertEquals("Kustomization", kustomization.path("kind").asText());
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode file : kustomization.path("resources")) {
            Path path = base.resolve(file.asText());
            assertTrue(Files.isRegularFile(path), "kustomization.yaml lists " + path + ", which is not there");
            try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(path.toFile())) {
                while (documents.hasNext()) {
                    JsonNode document = documents.next();
                    if (document != null && !document.isNull() && !document.isEmpty()) {
                        all.add(document);
                    }
                }
            }
        }
        return all;
    }

    /** The validation errors of each resource, by kind/name; empty when all are valid. */
    static Map<String, List<String>> schemaErrors(List<JsonNode> resources) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        Map<String, List<String>> errors = new TreeMap<>();
        for (JsonNode resource : resources) {
            String id = resource.path("kind").asText() + "/"
                    + resource.path("metadata").path("name").asText();
            String schemaFile = schemaFile(resource);
            try (InputStream in =
                    KubernetesManifestsTest.class.getResourceAsStream("/kubernetes-schemas/" + schemaFile)) {
                if (in == null) {
                    errors.put(id, List.of("no schema " + schemaFile + " for " + resource.path("apiVersion")));
                    continue;
                }
                JsonSchema schema = factory.getSchema(new ObjectMapper().readTree(in));
                Set<ValidationMessage> messages = schema.validate(resource);
                if (!messages.isEmpty()) {
                    errors.put(
                            id,
                            messages.stream()
                                    .map(ValidationMessage::getMessage)
                                    .sorted()
                                    .toList());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return errors;
    }

    /** kubeconform's naming: deployment-apps-v1.json, service-v1.json, cluster-postgresql-cnpg-io-v1.json. */
    static String schemaFile(JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        String groupVersion = apiVersion.replace('/', '-').replace('.', '-');
        return resource.path("kind").asText().toLowerCase() + "-" + groupVersion + ".json";
    }

    @Test
    void everyResourceIsValidAgainstTheSchemaOfItsKind() {
        assertTrue(resources.size() >= 8, "the kustomization lists too few resources: " + resources.size());
        Map<String, List<String>> errors = schemaErrors(resources);
        assertTrue(errors.isEmpty(), () -> "invalid manifests: " + errors);
    }

    @Test
    void aMisspeltOrMistypedFieldIsCaught() throws IOException {
        JsonNode deployment = one("Deployment").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) deployment.path("spec")).put("replica", 2);
        ((com.fasterxml.jackson.databind.node.ObjectNode) deployment.path("spec")).put("minReadySeconds", "soon");
        JsonNode cluster = one("Cluster").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) cluster.path("spec")).put("instance", 2);

        Map<String, List<String>> errors = schemaErrors(List.of(deployment, cluster));

        assertEquals(Set.of("Deployment/workshop-hub", "Cluster/workshop-hub-db"), errors.keySet());
        assertTrue(errors.get("Deployment/workshop-hub").toString().contains("replica"), errors::toString);
        assertTrue(errors.get("Deployment/workshop-hub").toString().contains("minReadySeconds"), errors::toString);
        assertTrue(errors.get("Cluster/workshop-hub-db").toString().contains("instance"), errors::toString);
    }

    @Test
    void theDeploymentRunsTwoOrMoreSizedInstances() {
        JsonNode deployment = one("Deployment");
        assertTrue(deployment.path("spec").path("replicas").asInt() >= 2, "replicas");
        JsonNode container = container(deployment);
        JsonNode resources = container.path("resources");
        for (String path : List.of("requests/cpu", "requests/memory", "limits/memory")) {
            assertFalse(
                    resources.at("/" + path).isMissingNode(), "resources." + path.replace('/', '.') + " is not set");
        }
        assertTrue(
                mebibytes(resources.at("/limits/memory").asText()) >= 400,
                "the memory limit is below the 400 MB measured with 2,000 live subscribers");
        JsonNode security = container.path("securityContext");
        assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), "readOnlyRootFilesystem");
        assertTrue(
                deployment
                        .at("/spec/template/spec/securityContext/runAsNonRoot")
                        .asBoolean(),
                "runAsNonRoot");
    }

    @Test
    void probesAskTheHealthEndpointsOnADeclaredPort() {
        JsonNode container = container(one("Deployment"));
        Set<String> portNames = new HashSet<>();
        Set<Integer> portNumbers = new HashSet<>();
        container.path("ports").forEach(port -> {
            portNames.add(port.path("name").asText());
            portNumbers.add(port.path("containerPort").asInt());
        });
        Map<String, String> paths = Map.of(
                "startupProbe", "/q/health/started",
                "readinessProbe", "/q/health/ready",
                "livenessProbe", "/q/health/live");
        paths.forEach((probe, path) -> {
            JsonNode get = container.path(probe).path("httpGet");
            assertEquals(path, get.path("path").asText(), probe);
            JsonNode port = get.path("port");
            assertTrue(
                    port.isInt() ? portNumbers.contains(port.asInt()) : portNames.contains(port.asText()),
                    probe + " asks port " + port + ", which the container does not declare");
        });
        assertTrue(portNumbers.contains(9000), "the management port (quarkus.management.port=9000) is not declared");
        assertTrue(portNumbers.contains(8080), "the HTTP port (quarkus.http.port=8080) is not declared");
    }

    @Test
    void theServiceSelectsTheDeploymentsPodsAndItsPorts() {
        JsonNode deployment = one("Deployment");
        JsonNode service = one("Service");
        assertSelects(service.path("spec").path("selector"), deployment, "the Service");
        Set<String> portNames = new HashSet<>();
        container(deployment)
                .path("ports")
                .forEach(port -> portNames.add(port.path("name").asText()));
        service.path("spec")
                .path("ports")
                .forEach(port -> assertTrue(
                        portNames.contains(port.path("targetPort").asText()),
                        "the Service's port " + port.path("name") + " targets no container port"));
    }

    @Test
    void theIngressRoutesToTheServiceAndKeepsStreamsOpen() {
        JsonNode service = one("Service");
        JsonNode ingress = one("Ingress");
        Set<String> servicePorts = new HashSet<>();
        service.path("spec")
                .path("ports")
                .forEach(port -> servicePorts.add(port.path("name").asText()));
        List<JsonNode> backends = ingress.findValues("service");
        assertFalse(backends.isEmpty(), "the Ingress has no backend");
        for (JsonNode backend : backends) {
            assertEquals(
                    service.at("/metadata/name").asText(), backend.path("name").asText());
            assertTrue(servicePorts.contains(backend.at("/port/name").asText()), "the Ingress names no Service port");
            assertEquals(
                    "http", backend.at("/port/name").asText(), "the Ingress must never expose the management port");
        }
        JsonNode annotations = ingress.at("/metadata/annotations");
        assertEquals(
                "off",
                annotations.path("nginx.ingress.kubernetes.io/proxy-buffering").asText());
        assertTrue(annotations
                        .path("nginx.ingress.kubernetes.io/proxy-read-timeout")
                        .asInt()
                >= 3600);
        assertTrue(annotations
                        .path("nginx.ingress.kubernetes.io/proxy-send-timeout")
                        .asInt()
                >= 3600);
    }

    @Test
    void theDisruptionBudgetAndTheAutoscalerTargetTheDeployment() {
        JsonNode deployment = one("Deployment");
        JsonNode budget = one("PodDisruptionBudget");
        assertEquals(1, budget.at("/spec/minAvailable").asInt());
        assertSelects(budget.at("/spec/selector/matchLabels"), deployment, "the PodDisruptionBudget");

        JsonNode autoscaler = one("HorizontalPodAutoscaler");
        JsonNode target = autoscaler.at("/spec/scaleTargetRef");
        assertEquals("Deployment", target.path("kind").asText());
        assertEquals(
                deployment.path("apiVersion").asText(),
                target.path("apiVersion").asText());
        assertEquals(
                deployment.at("/metadata/name").asText(), target.path("name").asText());
        assertTrue(autoscaler.at("/spec/minReplicas").asInt() >= 2, "the autoscaler may go below two instances");
        assertEquals("cpu", autoscaler.at("/spec/metrics/0/resource/name").asText());
    }

    @Test
    void everySecretAndConfigMapTheDeploymentReadsExists() throws IOException {
        JsonNode deployment = one("Deployment");
        Set<String> configMaps = names("ConfigMap");
        Set<String> secrets = names("Secret");
        // CloudNativePG makes <cluster>-app for the database owner; the README's commands make the others.
        names("Cluster").forEach(cluster -> secrets.add(cluster + "-app"));
        secrets.addAll(secretsTheReadmeCreates());

        Set<String> readConfigMaps = new HashSet<>();
        Set<String> readSecrets = new HashSet<>();
        deployment
                .findValues("configMapRef")
                .forEach(ref -> readConfigMaps.add(ref.path("name").asText()));
        deployment
                .findValues("configMapKeyRef")
                .forEach(ref -> readConfigMaps.add(ref.path("name").asText()));
        deployment
                .findValues("secretRef")
                .forEach(ref -> readSecrets.add(ref.path("name").asText()));
        deployment
                .findValues("secretKeyRef")
                .forEach(ref -> readSecrets.add(ref.path("name").asText()));
        deployment
                .findValues("secret")
                .forEach(volume -> readSecrets.add(volume.path("secretName").asText()));
        one("ObjectStore")
                .findValues("s3Credentials")
                .forEach(credentials -> credentials.forEach(
                        key -> readSecrets.add(key.path("name").asText())));

        Set<String> made = secretsTheReadmeCreates();
        for (JsonNode ref : deployment.findValues("secretKeyRef")) {
            String secret = ref.path("name").asText();
            if (made.contains(secret)) {
                assertTrue(
                        keysTheReadmePutsInto(secret).contains(ref.path("key").asText()),
                        "README.md's " + secret + " has no key " + ref.path("key"));
            }
        }
        assertFalse(readConfigMaps.isEmpty());
        assertTrue(
                configMaps.containsAll(readConfigMaps), "undeclared ConfigMaps: " + minus(readConfigMaps, configMaps));
        assertTrue(
                secrets.containsAll(readSecrets), "Secrets neither declared nor made: " + minus(readSecrets, secrets));
    }

    @Test
    void theAppReachesTheDatabaseAndTheKeysWhereTheyAre() throws IOException {
        JsonNode config = one("ConfigMap").path("data");
        String cluster = one("Cluster").at("/metadata/name").asText();
        String database = one("Cluster").at("/spec/bootstrap/initdb/database").asText();
        assertEquals(
                "jdbc:postgresql://" + cluster + "-rw:5432/" + database,
                config.path("QUARKUS_DATASOURCE_JDBC_URL").asText(),
                "the app must connect to the cluster's read-write Service and its database");

        JsonNode container = container(one("Deployment"));
        String keysAt = StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                .filter(mount -> mount.path("name").asText().equals("jwt-keys"))
                .map(mount -> mount.path("mountPath").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the JWT keys are not mounted"));
        Set<String> filesInTheSecret = keysTheReadmePutsInto("workshop-hub-jwt");
        for (String key : List.of("SMALLRYE_JWT_SIGN_KEY_LOCATION", "MP_JWT_VERIFY_PUBLICKEY_LOCATION")) {
            String location = config.path(key).asText();
            assertTrue(
                    location.startsWith("file:" + keysAt + "/"),
                    key + " does not point into the mounted Secret " + keysAt);
            String file = location.substring(("file:" + keysAt + "/").length());
            assertTrue(
                    filesInTheSecret.contains(file),
                    key + " names " + file + ", which README.md's workshop-hub-jwt does not hold: " + filesInTheSecret);
        }

        String plugin =
                one("Cluster").at("/spec/plugins/0/parameters/barmanObjectName").asText();
        assertEquals(one("ObjectStore").at("/metadata/name").asText(), plugin, "the backups go to no ObjectStore");
        assertEquals(cluster, one("ScheduledBackup").at("/spec/cluster/name").asText());
        assertTrue(one("Cluster").at("/spec/instances").asInt() >= 2, "PostgreSQL runs without a replica");
    }

    @Test
    void theImageIsSetByTheKustomization() throws IOException {
        JsonNode kustomization =
                YAML.readTree(BASE.resolve("kustomization.yaml").toFile());
        String image = container(one("Deployment")).path("image").asText();
        Set<String> named = new HashSet<>();
        kustomization
                .path("images")
                .forEach(entry -> named.add(entry.path("name").asText()));
        assertTrue(named.contains(image), "kustomization.yaml's images: does not set " + image);
    }

    // ---- helpers -------------------------------------------------------------------------------

    static JsonNode one(String kind) {
        List<JsonNode> found = resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind))
                .toList();
        assertEquals(1, found.size(), "expected one " + kind);
        return found.get(0);
    }

    static Set<String> names(String kind) {
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind))
                .map(r -> r.at("/metadata/name").asText())
                .collect(Collectors.toCollection(HashSet::new));
    }

    static JsonNode container(JsonNode deployment) {
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    static void assertSelects(JsonNode selector, JsonNode deployment, String who) {
        assertFalse(selector.isMissingNode() || selector.isEmpty(), who + " has no selector");
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        selector.fields()
                .forEachRemaining(label -> assertEquals(
                        label.getValue().asText(),
                        podLabels.path(label.getKey()).asText(),
                        who + " selects " + label.getKey() + "=" + label.getValue() + ", which the pods do not carry"));
        // The Deployment's own selector must select its pods too.
        deployment
                .at("/spec/selector/matchLabels")
                .fields()
                .forEachRemaining(label -> assertEquals(
                        label.getValue().asText(),
                        podLabels.path(label.getKey()).asText()));
    }

    /** Names in `kubectl create secret generic NAME` (or tls/docker-registry) commands of the README. */
    static Set<String> secretsTheReadmeCreates() throws IOException {
        Path readme = BASE.resolve("README.md");
        assertNotNull(readme);
        Matcher matcher = Pattern.compile("kubectl(?: -n \\S+)? create secret \\S+ ([a-z0-9-]+)")
                .matcher(Files.readString(readme));
        Set<String> names = new HashSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The keys of a Secret made by the README's `kubectl create secret generic NAME --from-file=KEY=... --from-literal=KEY=...`. */
    static Set<String> keysTheReadmePutsInto(String secret) throws IOException {
        String readme = Files.readString(BASE.resolve("README.md"));
        int at = readme.indexOf("create secret generic " + secret);
        assertTrue(at >= 0, "README.md does not create the Secret " + secret);
        String command = readme.substring(at, readme.indexOf("\n```", at));
        Matcher matcher =
                Pattern.compile("--from-(?:file|literal)=([A-Za-z0-9._-]+)=").matcher(command);
        Set<String> keys = new HashSet<>();
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new HashSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        if (quantity.endsWith("Mi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2));
        }
        fail("write the memory limit in Mi or Gi: " + quantity);
        return 0;
    }
}
