package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiquidEngineTest {

    @TempDir
    Path root;

    private String render(TestSite site, String template) {
        SiteConfig config = TestContexts.config(site.source());
        return new LiquidEngine(config).parse(template).render(new HashMap<String, Object>());
    }

    @Test
    void includesAreReadFromTheIncludesFolder() {
        TestSite site = TestSite.create(root, Map.of("_includes/nav/menu.html", "menu {{ include.x }}"));

        assertEquals("menu 1", render(site, "{% include nav/menu.html x=1 %}"));
    }

    @Test
    void includeWithoutParametersIsItsFileAsItIs() {
        TestSite site = TestSite.create(root, Map.of("_includes/footer.html", "<footer>é ✓</footer>"));

        assertEquals("[<footer>é ✓</footer>]", render(site, "[{% include footer.html %}]"));
    }

    @Test
    void includeParametersAreReadFromStringsAndVariables() {
        TestSite site = TestSite.create(root, Map.of("_includes/link.html", "<a href=\"{{ include.url }}\">{{ include.text }}</a>"));
        SiteConfig config = TestContexts.config(site.source());

        String html = new LiquidEngine(config).parse("{% include link.html url=\"/about/\" text=label %}")
                .render(Map.of("label", "About"));

        assertEquals("<a href=\"/about/\">About</a>", html);
    }

    @Test
    void nameWithoutExtensionIsLookedUpExactlyAsJekyllDoes() {
        // Liqp's own resolver would read _includes/footer.liquid for "footer"
        TestSite site = TestSite.create(root, Map.of("_includes/footer", "plain", "_includes/box.liquid", "liquid"));

        assertEquals("plain", render(site, "{% include footer %}"));
        RuntimeException e = assertThrows(RuntimeException.class, () -> render(site, "{% include box %}"));
        assertTrue(e.getMessage().contains("_includes/box not found"), e.getMessage());
    }

    @Test
    void symbolicLinkNamedWithTheLiquidSuffixIsNotFollowed() throws IOException {
        // the review's case: "secret" does not exist, "secret.liquid" links out of the source
        TestSite site = TestSite.create(root, Map.of("_includes/ok.html", "ok"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "SECRET");
        link(site.file("_includes/secret.liquid"), secret);

        RuntimeException e = assertThrows(RuntimeException.class, () -> render(site, "{% include secret %}"));
        assertFalse(String.valueOf(e.getMessage()).contains("SECRET"), e.getMessage());
        RuntimeException linked = assertThrows(RuntimeException.class,
                () -> render(site, "{% include secret.liquid %}"));
        assertTrue(linked.getMessage().contains("leads outside the source folder"), linked.getMessage());
    }

    @Test
    void symbolicLinkInsideTheSourceIsFollowed() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_includes/ok.html", "ok", "shared/box.html", "box"));
        link(site.file("_includes/box.html"), site.file("shared/box.html"));

        assertEquals("box", render(site, "{% include box.html %}"));
    }

    @Test
    void folderIsNotAnInclude() {
        TestSite site = TestSite.create(root, Map.of("_includes/nav/menu.html", "menu"));

        RuntimeException e = assertThrows(RuntimeException.class, () -> render(site, "{% include nav %}"));
        assertTrue(e.getMessage().contains("_includes/nav is not a file"), e.getMessage());
    }

    @Test
    void absoluteIncludeIsRefused() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_includes/ok.html", "ok"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "SECRET");

        RuntimeException e = assertThrows(RuntimeException.class,
                () -> render(site, "{% include " + secret.toAbsolutePath() + " %}"));
        assertFalse(String.valueOf(e.getMessage()).contains("SECRET"));
        assertTrue(e.getMessage().contains("absolute path is not allowed"), e.getMessage());
    }

    @Test
    void absoluteIncludeRelativeIsRefused() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_includes/ok.html", "ok"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "SECRET");

        RuntimeException e = assertThrows(RuntimeException.class,
                () -> render(site, "{% include_relative " + secret.toAbsolutePath() + " %}"));
        assertFalse(String.valueOf(e.getMessage()).contains("SECRET"), e.getMessage());
    }

    @Test
    void includeClimbingOutOfTheIncludesFolderIsRefused() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_includes/ok.html", "ok", "_config.yml", "secret: 1\n"));
        Files.writeString(root.resolve("secret.txt"), "SECRET");

        RuntimeException e = assertThrows(RuntimeException.class, () -> render(site, "{% include ../_config.yml %}"));
        assertTrue(e.getMessage().contains("'..' is not allowed"), e.getMessage());
        assertThrows(RuntimeException.class, () -> render(site, "{% include ../../secret.txt %}"));
        assertThrows(RuntimeException.class, () -> render(site, "{% include nav/../../_config.yml %}"));
    }

    @Test
    void symbolicLinkOutOfTheSourceIsRefused() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_includes/ok.html", "ok"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "SECRET");
        link(site.file("_includes/leak.html"), secret);

        assertThrows(RuntimeException.class, () -> render(site, "{% include leak.html %}"));
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
    }
}
