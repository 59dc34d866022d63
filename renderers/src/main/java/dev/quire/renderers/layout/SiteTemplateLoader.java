package dev.quire.renderers.layout;

import dev.quire.model.Layout;
import dev.quire.model.Reads;
import dev.quire.model.Site;
import dev.quire.model.Theme;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives FreeMarker the site's templates by their source paths: layouts as already loaded (their
 * front matter turned into a FreeMarker comment of the same number of lines, so that error line
 * numbers match the file), and any other template ({@code _includes/...}) read from the source
 * folder, or else from the theme's, never from outside them (nor through a symbolic link that
 * leads outside them).
 */
final class SiteTemplateLoader implements TemplateLoader {

    private final Path root;
    /** The root with symbolic links resolved: a linked include must lead to a file below it. */
    private final Path realRoot;
    private final Map<String, Layout> layoutsByPath = new HashMap<>();
    /** The theme's folder and name, or {@code null}. */
    private final Theme theme;

    SiteTemplateLoader(Site site) {
        this.root = site.config().source().toAbsolutePath().normalize();
        this.realRoot = realPath(root);
        this.theme = site.themeUsed().orElse(null);
        site.layouts().values().forEach(layout -> layoutsByPath.put(layout.source().path(), layout));
    }

    /**
     * How messages name a template: its path, or {@code [theme NAME]/PATH} when it is the theme's
     * (so that the user knows to copy it to PATH to change it).
     */
    String displayName(String name) {
        Layout layout = layoutsByPath.get(name);
        if (layout != null) {
            return layout.source().displayPath();
        }
        if (theme != null && siteFile(name) == null && themeFile(name) != null) {
            return "[theme " + theme.name() + "]/" + name;
        }
        return name;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Layout layout = layoutsByPath.get(name);
        if (layout != null) {
            return new Source(name, withFrontMatterAsComment(layout), null);
        }
        Path file = siteFile(name);
        if (file != null) {
            // Any file of the site may be included; an incremental build compares its text next time.
            // (FreeMarker asks for the source on every use: LayoutEngine sets no update delay.)
            Reads.record(Reads.FILE_OWNER + name, Reads.TEXT);
        } else {
            file = themeFile(name);
        }
        return file == null ? null : new Source(name, null, file);
    }

    private Path siteFile(String name) {
        Path file = root.resolve(name).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) && realPath(file).startsWith(realRoot) ? file : null;
    }

    private Path themeFile(String name) {
        if (theme == null) {
            return null;
        }
        Path themeRoot = theme.root().toAbsolutePath().normalize();
        Path file = themeRoot.resolve(name).normalize();
        return file.startsWith(themeRoot) && Files.isRegularFile(file) ? file : null;
    }

    @Override
    public long getLastModified(Object templateSource) {
        return -1;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        Source source = (Source) templateSource;
        return source.text() != null ? new StringReader(source.text())
                : Files.newBufferedReader(source.file(), StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // nothing is held open
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /** The template text with the front-matter lines replaced by a comment spanning as many lines. */
    static String withFrontMatterAsComment(Layout layout) {
        int frontMatterLines = layout.bodyLine() - 1;
        if (frontMatterLines <= 0) {
            return layout.body();
        }
        if (frontMatterLines == 1) {
            return "<#-- -->\n" + layout.body();
        }
        return "<#--" + "\n".repeat(frontMatterLines - 1) + "-->\n" + layout.body();
    }

    /** A layout's text as loaded, or a file read when FreeMarker parses it (once per build: the source stays equal). */
    private record Source(String name, String text, Path file) {
    }
}
