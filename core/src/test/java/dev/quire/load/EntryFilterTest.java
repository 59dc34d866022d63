package dev.quire.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.model.SourceFile;
import dev.quire.testing.TestContexts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntryFilterTest {

    private static final Path ROOT = Path.of("/site");

    private static SourceFile file(String path) {
        return new SourceFile(ROOT, path);
    }

    private static EntryFilter filter(Map<String, ?> config) {
        return new EntryFilter(TestContexts.config(ROOT, config));
    }

    @Test
    void namesStartingWithDotUnderscoreHashOrEndingWithTildeAreSpecial() {
        EntryFilter filter = filter(Map.of());

        assertTrue(filter.isSpecial(file(".htaccess")));
        assertTrue(filter.isSpecial(file("_includes/head.html")));
        assertTrue(filter.isSpecial(file("#notes.md#")));
        assertTrue(filter.isSpecial(file("about.md~")));
        assertTrue(filter.isSpecial(file("~lock.md")), "Jekyll's special leading characters include '~'");
        assertTrue(filter.isSpecial(file("docs/~tmp/x.md")));
        assertTrue(filter.isSpecial(file("docs/_private/x.md")));
        assertFalse(filter.isSpecial(file("about.md")));
        assertFalse(filter.isSpecial(file("docs/my_page.md")));
    }

    @Test
    void includedNamesAreNotSpecial() {
        EntryFilter filter = filter(Map.of("include", List.of(".htaccess", "_pages/")));

        assertFalse(filter.isSpecial(file(".htaccess")));
        assertFalse(filter.isSpecial(file("_pages/about.md")));
        assertTrue(filter.isSpecial(file("_drafts/x.md")));
    }

    @Test
    void defaultExcludes() {
        EntryFilter filter = filter(Map.of());

        assertTrue(filter.isExcluded(file("Gemfile")));
        assertTrue(filter.isExcluded(file("node_modules/lib/index.js")));
        assertTrue(filter.isExcluded(file("vendor/bundle/gems/x.rb")));
        assertFalse(filter.isExcluded(file("vendor/other.js")));
        assertFalse(filter.isExcluded(file("about.md")));
    }

    @Test
    void excludesByPathAndGlob() {
        EntryFilter filter = filter(Map.of("exclude", List.of("/drafts/", "*.log", "README.md")));

        assertTrue(filter.isExcluded(file("drafts/a.md")));
        assertTrue(filter.isExcluded(file("debug.log")));
        assertTrue(filter.isExcluded(file("README.md")));
        assertFalse(filter.isExcluded(file("docs/README.markdown")));
        assertFalse(filter.isExcluded(file("draftsman.md")));
    }

    @Test
    void includeWinsOverExclude() {
        EntryFilter filter = filter(Map.of("exclude", List.of("docs"), "include", List.of("docs/keep.md")));

        assertTrue(filter.isExcluded(file("docs/drop.md")));
        assertFalse(filter.isExcluded(file("docs/keep.md")));
    }
}
