package dev.quire.renderers.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildListener;
import dev.quire.build.Quire;
import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import dev.quire.model.Theme;
import dev.quire.spi.QuirePlugin;
import dev.quire.testing.TestPlugins;
import dev.quire.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An error in a theme's template names that template (marked as the theme's), its line and column. */
class ThemeTemplateErrorTest {

    static Path themeRoot;

    @TempDir
    Path folder;

    @BeforeEach
    void writeTheme() throws Exception {
        themeRoot = Files.createDirectories(folder.resolve("theme/_layouts"));
        themeRoot = themeRoot.getParent();
        Files.createDirectories(themeRoot.resolve("_includes"));
        Files.writeString(themeRoot.resolve("_layouts/default.ftlh"),
                "---\n---\n<html>\n<#include \"/_includes/footer.ftlh\">\n${content}</html>\n");
        Files.writeString(themeRoot.resolve("_includes/footer.ftlh"), "<footer>\n  ${site.owner.name}\n</footer>\n");
    }

    @Test
    void anErrorInAThemeIncludeNamesTheThemesFileLineAndColumnAndTheDocument() {
        TestSite site = TestSite.create(folder.resolve("site")).write("_config.yml", "theme: broken\n")
                .write("page.md", "---\nlayout: default\n---\ntext\n");

        BuildFailedException failure = assertThrows(BuildFailedException.class, () -> build(site));

        Problem error = failure.errors().get(0);
        assertEquals(new SourceLocation("[theme broken]/_includes/footer.ftlh", 2, 5), error.location(), error.format());
        assertTrue(error.message().contains("page.md") && error.message().contains("site.owner"), error.message());
        assertFalse(site.hasOutput("page.html"));
    }

    @Test
    void aSiteFileOfTheSamePathReplacesTheThemesAndIsNamedAsTheSitesOwn() throws Exception {
        TestSite site = TestSite.create(folder.resolve("site")).write("_config.yml", "theme: broken\n")
                .write("_includes/footer.ftlh", "<footer>\n<#if>\n</footer>\n")
                .write("page.md", "---\nlayout: default\n---\ntext\n");

        Problem error = assertThrows(BuildFailedException.class, () -> build(site)).errors().get(0);

        assertEquals("_includes/footer.ftlh", error.location().file(), error.format());
        assertEquals(2, error.location().line(), error.format());

        site.write("_includes/footer.ftlh", "<footer>fixed</footer>");
        build(site);
        assertEquals("<html>\n<footer>fixed</footer><p>text</p>\n</html>\n", site.output("page.html"));
    }

    private static void build(TestSite site) throws Exception {
        new Quire(TestPlugins.classLoader(dev.quire.renderers.layout.LayoutsPlugin.class, BrokenThemePlugin.class))
                .build(site.options(), BuildListener.SILENT);
    }

    /** The theme {@code broken}, whose footer reads a value no site has. */
    public static final class BrokenThemePlugin extends QuirePlugin {
        @Override
        public String name() {
            return "broken-theme";
        }

        @Override
        protected void configure() {
            themes().addBinding().toInstance(new Theme("broken", themeRoot));
        }
    }
}
