package dev.quire.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutputPathsTest {

    @Test
    void urlEndingInSlashIsAnIndexFile() {
        assertEquals("2019/05/21/x/index.html", OutputPaths.forUrl("/2019/05/21/x/", ".html"));
        assertEquals("index.html", OutputPaths.forUrl("/", ".html"));
    }

    @Test
    void outputExtensionIsAppendedWhenMissing() {
        assertEquals("blog/2019/05/21/bride-of-chucky.html",
                OutputPaths.forUrl("/blog/2019/05/21/bride-of-chucky", ".html"));
        assertEquals("x.html", OutputPaths.forUrl("/x.html", ".html"));
        assertEquals("feed.xml", OutputPaths.forUrl("/feed.xml", ".xml"));
    }

    @Test
    void urlIsUnescaped() {
        assertEquals("coursera reviews/2019/02/12/deep-learning-and-neural-networks.html",
                OutputPaths.forUrl("/coursera%20reviews/2019/02/12/deep-learning-and-neural-networks.html", ".html"));
        assertEquals("2019/05/21/Été-à-Paris-(v2).html",
                OutputPaths.forUrl("/2019/05/21/%C3%89t%C3%A9-%C3%A0-Paris-(v2).html", ".html"));
    }

    @Test
    void pathsLeavingTheOutputFolderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.forUrl("/../etc/passwd", ".html"));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.forUrl("/%2e%2e/%2E%2E/etc/passwd", ""));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.forUrl("/a/%2F..%2F/b", ".html"));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.forUrl("/a%5C..%5Cb", ".html"));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.forUrl("/a%00b", ".html"));
    }

    @Test
    void confineRefusesAbsoluteAndDotSegments() {
        assertEquals("a/b.html", OutputPaths.confine("a/b.html"));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.confine("/etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.confine("../x"));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.confine("a/../../x"));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.confine("a/./x"));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.confine("a//x"));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.confine("C:/Windows/x"));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.confine("a\\..\\x"));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.confine(""));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.confine("dir/"));
    }
}
