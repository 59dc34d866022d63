package dev.quire.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The plugin descriptor that maven-plugin-plugin generates from the mojos (before the tests run,
 * in process-classes) documents every goal and parameter: it is what {@code mvn quire:help} and the
 * goal reference of {@code mvn site} (plugin-info.html, one page per goal) show.
 */
class PluginDescriptorTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

    /** Each goal's parameters, by goal then parameter name. */
    private static final Map<String, Map<String, Element>> GOALS = new HashMap<>();
    private static final Map<String, Element> MOJOS = new HashMap<>();
    /** Each goal's {@code <configuration>} entries: the property (${quire.x}) and default of each parameter. */
    private static final Map<String, Map<String, Element>> CONFIGURATION = new HashMap<>();

    @BeforeAll
    static void readDescriptor() throws Exception {
        Document descriptor;
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertTrue(in != null, "no META-INF/maven/plugin.xml on the class path: maven-plugin-plugin's descriptor goal did not run");
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        for (Element mojo : children(descriptor.getDocumentElement(), "mojos", "mojo")) {
            String goal = text(mojo, "goal");
            MOJOS.put(goal, mojo);
            Map<String, Element> parameters = new HashMap<>();
            for (Element parameter : children(mojo, "parameters", "parameter")) {
                parameters.put(text(parameter, "name"), parameter);
            }
            GOALS.put(goal, parameters);
            Map<String, Element> configuration = new HashMap<>();
            for (Element entry : children(mojo, "configuration", null)) {
                configuration.put(entry.getTagName(), entry);
            }
            CONFIGURATION.put(goal, configuration);
        }
    }

    @Test
    void theGoalsAreThePluginsOwnAndHelp() {
        assertEquals(Set.of("build", "check", "serve", "help"), GOALS.keySet());
    }

    @Test
    void everyGoalAndParameterHasADescription() {
        List<String> undocumented = new ArrayList<>();
        MOJOS.forEach((goal, mojo) -> {
            if (text(mojo, "description").isBlank()) {
                undocumented.add(goal);
            }
        });
        GOALS.forEach((goal, parameters) -> parameters.forEach((name, parameter) -> {
            if (text(parameter, "description").isBlank()) {
                undocumented.add(goal + "." + name);
            }
        }));
        assertEquals(List.of(), undocumented, "goals and parameters without javadoc");
    }

    /**
     * A parameter a user sets has a default in its annotation ({@code defaultValue}), or is required,
     * or says in its description what happens when it is not set; Quire's own have a
     * {@code quire.*} property for {@code -D}.
     */
    @Test
    void everyUserParameterHasADocumentedDefaultAndQuiresOwnAProperty() {
        List<String> problems = new ArrayList<>();
        GOALS.forEach((goal, parameters) -> parameters.forEach((name, parameter) -> {
            if (!Boolean.parseBoolean(text(parameter, "editable"))) {
                return;
            }
            Element configuration = CONFIGURATION.get(goal).get(name);
            boolean hasDefault = configuration != null && configuration.hasAttribute("default-value");
            boolean required = Boolean.parseBoolean(text(parameter, "required"));
            String description = text(parameter, "description");
            if (!hasDefault && !required && !description.matches("(?is).*\\b(not set|if unspecified)\\b.*")) {
                problems.add(goal + "." + name + ": no default, and the description does not say what happens when it is not set");
            }
            String property = configuration == null ? "" : configuration.getTextContent().strip();
            if (!goal.equals("help") && !property.matches("\\$\\{quire\\.[A-Za-z.]+}")) {
                problems.add(goal + "." + name + ": no quire.* property (" + property + ")");
            }
        }));
        assertEquals(List.of(), problems);
    }

    /** The manual's tables (docs/maven-plugin.md) list every parameter a user can set, so that they do not drift apart. */
    @Test
    void theManualListsEveryUserParameter() throws Exception {
        String manual = Files.readString(ROOT.resolve("docs/maven-plugin.md"), StandardCharsets.UTF_8);
        Set<String> missing = new TreeSet<>();
        GOALS.forEach((goal, parameters) -> parameters.forEach((name, parameter) -> {
            if (!goal.equals("help") && Boolean.parseBoolean(text(parameter, "editable"))
                    && !manual.contains("| `" + name + "` |")) {
                missing.add(name);
            }
        }));
        assertEquals(Set.of(), missing, "parameters without a row in docs/maven-plugin.md");
    }

    /** The element children named {@code name} (any, when null) of the first {@code container} under {@code parent}. */
    private static List<Element> children(Element parent, String container, String name) {
        List<Element> found = new ArrayList<>();
        for (Node holder = parent.getFirstChild(); holder != null; holder = holder.getNextSibling()) {
            if (holder instanceof Element element && element.getTagName().equals(container)) {
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element item && (name == null || item.getTagName().equals(name))) {
                        found.add(item);
                    }
                }
                break;
            }
        }
        return found;
    }

    /** The text of the first child element named {@code name}, or "". */
    private static String text(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().strip();
            }
        }
        return "";
    }
}
