package dev.quire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceFileTest {

    private static final Path ROOT = Path.of("/site");

    @Test
    void partsOfThePath() {
        SourceFile file = new SourceFile(ROOT, "docs/guide.v2.md");

        assertEquals("guide.v2.md", file.fileName());
        assertEquals("docs", file.directory());
        assertEquals(".md", file.extension());
        assertEquals("guide.v2", file.baseName());
        assertEquals(ROOT.resolve("docs/guide.v2.md"), file.absolute());
        assertEquals("docs/guide.v2.md:3:4", file.location(3, 4).toString());
    }

    @Test
    void dotFilesHaveNoExtension() {
        SourceFile file = new SourceFile(ROOT, ".htaccess");

        assertEquals("", file.extension());
        assertEquals(".htaccess", file.baseName());
        assertEquals("", file.directory());
    }

    @Test
    void pathsMustBeRelativeWithSlashes() {
        assertThrows(IllegalArgumentException.class, () -> new SourceFile(ROOT, "/etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> new SourceFile(ROOT, "a\\b.md"));
        assertThrows(IllegalArgumentException.class, () -> new SourceFile(ROOT, ""));
    }

    @Test
    void staticFileUrlIsEscaped() {
        StaticFile file = new StaticFile(new SourceFile(ROOT, "files/my report.pdf"), 1, 0);

        assertEquals("files/my report.pdf", file.outputPath());
        assertEquals("/files/my%20report.pdf", file.url());
    }
}
