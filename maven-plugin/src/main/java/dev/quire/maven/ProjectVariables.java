package dev.quire.maven;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * The Maven project as the site's templates see it, {@code site.project} (Liquid
 * {@code {{ site.project.version }}}, FreeMarker {@code ${site.project.version}}): name, version,
 * description, url, groupId, artifactId, the modules and the properties. Values the POM does not
 * set are left out, so that {@code {% if site.project.url %}} works.
 */
final class ProjectVariables {

    private ProjectVariables() {
    }

    /** A module of the project: its folder as the POM names it and what its own POM says. */
    record Module(String path, Path folder, String artifactId, String name, String description) {
    }

    /**
     * The map for {@code site.project}.
     *
     * @param docsUrls each aggregated module's URL path in the site ({@code /core/}) by artifactId;
     *                 a module's entry gets it as {@code docs}
     */
    static Map<String, Object> of(MavenProject project, List<Module> modules, Map<String, String> docsUrls) {
        Map<String, Object> values = new LinkedHashMap<>();
        put(values, "name", project.getName());
        put(values, "version", project.getVersion());
        put(values, "description", project.getDescription());
        put(values, "url", project.getUrl());
        put(values, "groupId", project.getGroupId());
        put(values, "artifactId", project.getArtifactId());
        List<Object> moduleValues = new ArrayList<>();
        for (Module module : modules) {
            Map<String, Object> entry = new LinkedHashMap<>();
            put(entry, "path", module.path());
            put(entry, "artifactId", module.artifactId());
            put(entry, "name", module.name());
            put(entry, "description", module.description());
            put(entry, "docs", module.artifactId() == null ? null : docsUrls.get(module.artifactId()));
            moduleValues.add(Collections.unmodifiableMap(entry));
        }
        values.put("modules", Collections.unmodifiableList(moduleValues));
        values.put("properties", properties(project.getProperties()));
        return Collections.unmodifiableMap(values);
    }

    /** The modules the POM lists, in its order, each read from its own POM where there is one. */
    static List<Module> modules(MavenProject project) {
        List<Module> modules = new ArrayList<>();
        Path basedir = project.getBasedir().toPath();
        for (String path : project.getModules()) {
            Path location = basedir.resolve(path).normalize();
            Path pom = Files.isDirectory(location) ? location.resolve("pom.xml") : location;
            Path folder = Files.isDirectory(location) ? location : location.getParent();
            Model model = read(pom);
            modules.add(model == null
                    ? new Module(path, folder, null, null, null)
                    : new Module(path, folder, model.getArtifactId(), model.getName(), model.getDescription()));
        }
        return List.copyOf(modules);
    }

    private static Model read(Path pom) {
        if (!Files.isRegularFile(pom)) {
            return null;
        }
        try (Reader reader = Files.newBufferedReader(pom, StandardCharsets.UTF_8)) {
            return new MavenXpp3Reader().read(reader, false);
        } catch (IOException | XmlPullParserException e) {
            return null;
        }
    }

    /** Sorted by key, so the site is the same bytes whatever order Maven keeps them in. */
    private static Map<String, Object> properties(Properties properties) {
        Map<String, Object> sorted = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            sorted.put(key, properties.getProperty(key));
        }
        return Collections.unmodifiableMap(sorted);
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
