package cn.gov.chengdu.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Each application's opt-in {@code image} profile builds the image the manifests run: {@code chengdu/<module>}
 * tagged with the project version, with Quarkus' Jib extension, on a pinned Java 17 base image; and it is a
 * profile only, never active by default.
 */
class ImageProfileTest {

    static final List<String> APPLICATIONS = Manifests.APPLICATIONS;

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void theImageProfileBuildsWhatTheManifestsRun(String application) throws Exception {
        File pom = Manifests.repositoryRoot().resolve(application).resolve("pom.xml").toFile();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(pom);
        Element project = document.getDocumentElement();
        assertEquals(application, text(child(project, "artifactId")));

        Element profile = null;
        Element profiles = child(project, "profiles");
        assertTrue(profiles != null, application + "/pom.xml has no profiles");
        for (Element candidate : children(profiles, "profile")) {
            if ("image".equals(text(child(candidate, "id")))) {
                profile = candidate;
            }
        }
        assertTrue(profile != null, application + "/pom.xml has no profile \"image\"");
        assertEquals(null, child(profile, "activation"), "the image profile is opt-in (-Pimage)");

        Map<String, String> properties = new HashMap<>();
        for (Element property : children(child(profile, "properties"), null)) {
            properties.put(property.getTagName(), text(property));
        }
        assertEquals("true", properties.get("quarkus.container-image.build"));
        assertEquals("chengdu", properties.get("quarkus.container-image.group"));
        assertEquals("${project.artifactId}", properties.get("quarkus.container-image.name"));
        assertEquals("${project.version}", properties.get("quarkus.container-image.tag"));
        String base = properties.get("quarkus.jib.base-jvm-image");
        assertTrue(base != null && base.matches(".+/openjdk-17-runtime:[0-9.]+"),
                "a pinned Java 17 runtime base image, not " + base);

        boolean jib = children(child(profile, "dependencies"), "dependency").stream()
                .anyMatch(d -> "io.quarkus".equals(text(child(d, "groupId")))
                        && "quarkus-container-image-jib".equals(text(child(d, "artifactId"))));
        assertTrue(jib, "the profile adds io.quarkus:quarkus-container-image-jib");

        // the default build knows nothing of container images
        Element dependencies = child(project, "dependencies");
        assertFalse(dependencies != null && children(dependencies, "dependency").stream()
                .anyMatch(d -> text(child(d, "artifactId")).startsWith("quarkus-container-image")),
                "container-image extensions only in the image profile");
        Element properties0 = child(project, "properties");
        assertFalse(properties0 != null && children(properties0, null).stream()
                .anyMatch(p -> p.getTagName().startsWith("quarkus.container-image")),
                "no container-image settings outside the image profile");
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Element child : children(parent, name)) {
            return child;
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && (name == null || name.equals(element.getTagName()))) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().trim();
    }
}
