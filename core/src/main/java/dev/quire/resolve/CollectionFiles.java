package dev.quire.resolve;

import dev.quire.error.Problems;
import dev.quire.model.Collection;
import dev.quire.model.PermalinkStyle;
import dev.quire.model.Route;
import dev.quire.model.SiteConfig;
import dev.quire.model.StaticFile;
import dev.quire.util.UrlPaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the static files of collections as Jekyll's {@code StaticFile#url} does: the collection's
 * permalink expanded with {@code :collection}, {@code :path} (the path inside the folder, without
 * extension), {@code :name} and empty {@code :title} and {@code :output_ext}, a trailing {@code /}
 * dropped and the file's extension appended. The file keeps its own name in the folder of that URL.
 */
public final class CollectionFiles {

    private CollectionFiles() {
    }

    /** The files with their routes; a file whose permalink cannot be expanded is reported and left out. */
    public static List<StaticFile> resolve(List<StaticFile> files, SiteConfig config, Problems problems) {
        List<StaticFile> resolved = new ArrayList<>(files.size());
        for (StaticFile file : files) {
            if (file.collection() == null) {
                resolved.add(file);
                continue;
            }
            String template = PermalinkStyle.collectionTemplate(config, file.collection());
            try {
                resolved.add(new StaticFile(file.source(), file.size(), file.modifiedMillis(), file.collection(),
                        route(file, config, template), file.output()));
            } catch (UrlTemplate.UnknownPlaceholderException e) {
                problems.error(file.source().location(), e.getMessage(), "the permalink '" + template
                        + "' of collection '" + file.collection() + "' also places its static files, which have"
                        + " only :collection, :path, :name, :title and :output_ext; move the file out of the"
                        + " collection folder or use those placeholders only");
            } catch (IllegalArgumentException e) {
                problems.error(file.source().location(), "the permalink '" + template + "' would place this file"
                        + " outside the output folder: " + e.getMessage(), "use a permalink made of plain path segments");
            }
        }
        return resolved;
    }

    private static Route route(StaticFile file, SiteConfig config, String template) {
        Collection collection = config.collection(file.collection()).orElseThrow();
        String inside = collection.pathInside(file.source().path());
        String extension = file.source().extension();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("collection", collection.label());
        values.put("path", "/" + inside.substring(0, inside.length() - extension.length()));
        values.put("output_ext", "");
        values.put("name", file.source().baseName());
        values.put("title", "");
        String url = UrlTemplate.expand(template, values, true);
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        url = url + UrlPaths.escapePath(extension);
        String folder = UrlPaths.unescapePath(url.substring(0, url.lastIndexOf('/')));
        String outputPath = OutputPaths.confine((folder + "/" + file.source().fileName()).replaceFirst("^/+", ""));
        return new Route(url, outputPath);
    }
}
