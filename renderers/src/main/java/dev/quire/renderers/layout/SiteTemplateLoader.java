package dev.quire.renderers.layout;

import dev.quire.model.Layout;
import dev.quire.model.Reads;
import dev.quire.model.Site;
import dev.quire.model.Theme;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Each template looked up, once per build: FreeMarker asks for it on every use (see {@link FreeMarkerSetup}). */
    private final Map<String, Found> found = new ConcurrentHashMap<>();
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
        Found found;
        try {
            found = this.found.computeIfAbsent(name, this::find);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (found.siteFile() != null) {
            // Any file of the site may be included, also one it publishes (a static file, a page):
            // recorded for the page being made on this thread, which a partial build remakes when
            // the file's text changes.
            Reads.record(Reads.FILE_OWNER + found.siteFile(), Reads.TEXT);
        }
        return found.source();
    }

    /** A template's source, or none; {@code siteFile} is its path when read from the site's folder (not a layout). */
    private record Found(Source source, String siteFile) {
    }

    private Found find(String name) {
        Layout layout = layoutsByPath.get(name);
        if (layout != null) {
            return new Found(new Source(name, withFrontMatterAsComment(layout)), null);
        }
        try {
            Path file = siteFile(name);
            if (file != null) {
                return new Found(new Source(name, Files.readString(file, StandardCharsets.UTF_8)),
                        root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
            }
            file = themeFile(name);
            return new Found(file == null ? null : new Source(name, Files.readString(file, StandardCharsets.UTF_8)),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    public Reader getReader(Object templateSource, String encoding) {
        return new StringReader(((Source) templateSource).text());
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

    private record Source(String name, String text) {
    }
}
