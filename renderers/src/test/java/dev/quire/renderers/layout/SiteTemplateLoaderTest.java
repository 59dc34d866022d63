package dev.quire.renderers.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.error.Problem;
import dev.quire.model.Layout;
import dev.quire.model.Reads;
import dev.quire.model.Site;
import dev.quire.model.Theme;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How FreeMarker finds the site's templates: layouts with their front matter hidden, includes, nothing outside. */
class SiteTemplateLoaderTest {

    @TempDir
    Path folder;

    @Test
    void layoutsIncludeFilesFromTheIncludesFolder() throws Exception {
        TestSite site = TestSite.create(folder)
                .write("_includes/nav.ftlh", "<nav>${page.title}</nav>")
                .write("_includes/parts/footer.ftlh", "<footer>${site.title}</footer>")
                .write("_config.yml", "title: Site & Co\n")
                .write("_layouts/default.ftlh", """
                        ---
                        ---
                        <#include "/_includes/nav.ftlh">
                        ${content}<#include "../_includes/parts/footer.ftlh">
                        """)
                .write("page.html", "---\nlayout: default\ntitle: A <b>\n---\n<p>x</p>");

        site.build();

        // FreeMarker drops the line break of a line that holds only a directive, such as <#include>.
        assertEquals("<nav>A &lt;b&gt;</nav><p>x</p><footer>Site &amp; Co</footer>\n", site.output("page.html"));
    }

    @Test
    void aMissingIncludeIsAnErrorAtTheLayoutLine() {
        TestSite site = TestSite.create(folder)
                .write("_layouts/default.ftlh", "---\nx: 1\n---\n${content}\n<#include \"/_includes/none.ftlh\">\n")
                .write("page.html", "---\nlayout: default\n---\nx");

        List<Problem> errors = site.buildFails().errors();

        assertEquals(1, errors.size(), errors.toString());
        assertEquals("_layouts/default.ftlh", errors.get(0).location().file());
        assertEquals(5, errors.get(0).location().line(), errors.get(0).format());
    }

    @Test
    void includesCannotReachAboveTheSourceFolder() throws IOException {
        Files.writeString(folder.resolve("secret.ftlh"), "TOP SECRET");
        TestSite site = TestSite.create(folder)
                .write("_layouts/default.ftlh", "${content}<#include \"../../secret.ftlh\">")
                .write("page.html", "---\nlayout: default\n---\nx");

        List<Problem> errors = site.buildFails().errors();

        assertEquals(1, errors.size(), errors.toString());
        assertEquals("_layouts/default.ftlh", errors.get(0).location().file());
        assertFalse(errors.get(0).format().contains("TOP SECRET"));
    }

    @Test
    void theLoaderServesNothingOutsideTheSourceFolder() throws IOException {
        Path source = Files.createDirectories(folder.resolve("src"));
        Files.createDirectories(source.resolve("_includes"));
        Files.writeString(source.resolve("_includes/ok.ftlh"), "fine");
        Path secret = Files.writeString(folder.resolve("secret.ftlh"), "TOP SECRET");
        SiteTemplateLoader loader = new SiteTemplateLoader(site(source, Map.of()));

        assertNotNull(loader.findTemplateSource("_includes/ok.ftlh"));
        assertNull(loader.findTemplateSource("../secret.ftlh"));
        assertNull(loader.findTemplateSource("_includes/../../secret.ftlh"));
        assertNull(loader.findTemplateSource(secret.toAbsolutePath().toString()));
        assertNull(loader.findTemplateSource("_includes"), "a folder is not a template");
    }

    @Test
    void theLoaderDoesNotFollowSymbolicLinksOutOfTheSourceFolder() throws IOException {
        Path source = Files.createDirectories(folder.resolve("src"));
        Files.createDirectories(source.resolve("_includes"));
        Path secret = Files.writeString(folder.resolve("secret.ftlh"), "TOP SECRET");
        Path inside = Files.writeString(source.resolve("_includes/real.ftlh"), "inside");
        assumeTrue(symlink(source.resolve("_includes/leak.ftlh"), secret), "symbolic links are not supported here");
        symlink(source.resolve("_includes/alias.ftlh"), inside);
        SiteTemplateLoader loader = new SiteTemplateLoader(site(source, Map.of()));

        assertNull(loader.findTemplateSource("_includes/leak.ftlh"));
        assertNotNull(loader.findTemplateSource("_includes/alias.ftlh"), "a link inside the source folder is fine");
    }

    @Test
    void aBuildDoesNotIncludeALinkedFileFromOutsideTheSourceFolder() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.ftlh"), "TOP SECRET");
        TestSite site = TestSite.create(folder)
                .write("_layouts/default.ftlh", "${content}<#include \"/_includes/leak.ftlh\">")
                .write("page.html", "---\nlayout: default\n---\nx");
        Files.createDirectories(site.source().resolve("_includes"));
        assumeTrue(symlink(site.source().resolve("_includes/leak.ftlh"), secret), "symbolic links are not supported");

        List<Problem> errors = site.buildFails().errors();

        assertEquals("_layouts/default.ftlh", errors.get(0).location().file(), errors.toString());
        assertFalse(site.hasOutput("page.html"));
    }

    @Test
    void includesComeFromTheSiteFirstThenFromTheThemeWhichIsNamedInMessages() throws IOException {
        Path source = Files.createDirectories(folder.resolve("src/_includes")).getParent();
        Path theme = Files.createDirectories(folder.resolve("theme/_includes")).getParent();
        Files.writeString(source.resolve("_includes/head.ftlh"), "site head");
        Files.writeString(theme.resolve("_includes/head.ftlh"), "theme head");
        Files.writeString(theme.resolve("_includes/foot.ftlh"), "theme foot");
        Files.writeString(folder.resolve("secret.ftlh"), "TOP SECRET");
        SiteConfig config = new SiteConfig(source, SiteConfig.defaults(), ZoneOffset.UTC,
                ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC));
        SiteTemplateLoader loader = new SiteTemplateLoader(new Site(config, List.of(), List.of(), List.of(), Map.of(),
                List.of(), Map.of(), new Theme("plain", theme)));

        assertEquals("site head", read(loader, "_includes/head.ftlh"));
        assertEquals("theme foot", read(loader, "_includes/foot.ftlh"));
        assertNull(loader.findTemplateSource("../secret.ftlh"), "nothing above the theme either");
        assertEquals("_includes/head.ftlh", loader.displayName("_includes/head.ftlh"));
        assertEquals("[theme plain]/_includes/foot.ftlh", loader.displayName("_includes/foot.ftlh"));
    }

    @Test
    void aLayoutsFrontMatterBecomesACommentOfAsManyLines() throws IOException {
        Path source = Files.createDirectories(folder.resolve("src"));
        Layout threeLines = layout(source, "_layouts/a.ftlh", 5, "<html>\n");
        Layout oneLine = layout(source, "_layouts/b.ftlh", 3, "<html>\n");
        Layout none = layout(source, "_layouts/c.ftlh", 1, "<html>\n");
        SiteTemplateLoader loader = new SiteTemplateLoader(site(source,
                Map.of("a", threeLines, "b", oneLine, "c", none)));

        String a = read(loader, "_layouts/a.ftlh");
        assertEquals("<#--\n\n\n-->\n<html>\n", a);
        assertEquals(5, a.lines().toList().indexOf("<html>") + 1, "the body stays on its line");
        assertEquals("<#--\n-->\n<html>\n", read(loader, "_layouts/b.ftlh"));
        assertEquals("<html>\n", read(loader, "_layouts/c.ftlh"));
        assertTrue(SiteTemplateLoader.withFrontMatterAsComment(layout(source, "_layouts/d.ftlh", 2, "x"))
                .equals("<#-- -->\nx"));
    }

    private static String read(SiteTemplateLoader loader, String name) throws IOException {
        Object source = loader.findTemplateSource(name);
        assertNotNull(source, name);
        try (Reader reader = loader.getReader(source, "UTF-8")) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[256];
            for (int n; (n = reader.read(buffer)) > 0;) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    @Test
    void everyUseOfAFileOfTheSiteIsRecordedForTheWorkOnThatThread() throws Exception {
        Path source = Files.createDirectories(folder.resolve("src/_includes")).getParent();
        Path theme = Files.createDirectories(folder.resolve("theme/_includes")).getParent();
        Files.createDirectories(source.resolve("assets"));
        Files.writeString(source.resolve("assets/note.html"), "note");
        Files.writeString(source.resolve("_includes/head.ftlh"), "head");
        Files.writeString(theme.resolve("_includes/foot.ftlh"), "theme foot");
        SiteConfig config = new SiteConfig(source, SiteConfig.defaults(), ZoneOffset.UTC,
                ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC));
        Layout layout = layout(source, "_layouts/default.ftlh", 1, "${content}");
        SiteTemplateLoader loader = new SiteTemplateLoader(new Site(config, List.of(), List.of(), List.of(),
                Map.of("default", layout), List.of(), Map.of(), new Theme("plain", theme)));

        Set<Reads.Read> first = Reads.during(() -> loader.findTemplateSource("assets/note.html")).reads();
        Set<Reads.Read> again = Reads.during(() -> List.of(loader.findTemplateSource("assets/note.html"),
                loader.findTemplateSource("_includes/head.ftlh"))).reads();
        Set<Reads.Read> others = Reads.during(() -> java.util.Arrays.asList(
                loader.findTemplateSource("_layouts/default.ftlh"), loader.findTemplateSource("_includes/foot.ftlh"),
                loader.findTemplateSource("_includes/none.ftlh"))).reads();

        Reads.Read note = new Reads.Read("file:assets/note.html", "text");
        assertEquals(Set.of(note), first);
        assertEquals(Set.of(note, new Reads.Read("file:_includes/head.ftlh", "text")), again,
                "recorded on every use, not only the first");
        assertEquals(Set.of(), others, "layouts and the theme's files are no files of the site's content");
        assertEquals("note", read(loader, "assets/note.html"));
    }

    @Test
    void aLayoutEngineLooksATemplateUpOnEveryUse() throws Exception {
        Path source = Files.createDirectories(folder.resolve("src/assets")).getParent();
        Files.writeString(source.resolve("assets/note.html"), "note");
        Site site = site(source, Map.of());
        freemarker.template.Configuration configuration = FreeMarkerSetup.configure(site);
        configuration.getTemplate("assets/note.html");

        Set<Reads.Read> reads = Reads.during(() -> configuration.getTemplate("assets/note.html")).reads();

        assertEquals(Set.of(new Reads.Read("file:assets/note.html", "text")), reads,
                "a cached template is still recorded for the work that uses it");
    }

    private static Layout layout(Path source, String path, int bodyLine, String body) {
        String name = path.substring("_layouts/".length(), path.lastIndexOf('.'));
        return new Layout(name, new SourceFile(source, path), Map.of(), bodyLine, body);
    }

    private static Site site(Path source, Map<String, Layout> layouts) {
        SiteConfig config = new SiteConfig(source, SiteConfig.defaults(), ZoneOffset.UTC,
                ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC));
        return new Site(config, List.of(), List.of(), layouts, List.of());
    }

    private static boolean symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
