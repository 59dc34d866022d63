package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    void absoluteIncludeIsRefused() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_includes/ok.html", "ok"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "SECRET");

        RuntimeException e = assertThrows(RuntimeException.class,
                () -> render(site, "{% include " + secret.toAbsolutePath() + " %}"));
        assertFalse(String.valueOf(e.getMessage()).contains("SECRET"));
    }

    @Test
    void includeClimbingOutOfTheIncludesFolderIsRefused() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_includes/ok.html", "ok", "_config.yml", "secret: 1\n"));
        Files.writeString(root.resolve("secret.txt"), "SECRET");

        assertThrows(RuntimeException.class, () -> render(site, "{% include ../_config.yml %}"));
        assertThrows(RuntimeException.class, () -> render(site, "{% include ../../secret.txt %}"));
    }

    @Test
    void symbolicLinkOutOfTheSourceIsRefused() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_includes/ok.html", "ok"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "SECRET");
        try {
            Files.createSymbolicLink(site.file("_includes/leak.html"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }

        assertThrows(RuntimeException.class, () -> render(site, "{% include leak.html %}"));
    }
}
