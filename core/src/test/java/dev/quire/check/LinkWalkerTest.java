package dev.quire.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkWalkerTest {

    @TempDir
    Path site;

    @Test
    void reportsTheBrokenFileAndTheBrokenAnchorButNotTheGoodOnes() throws IOException {
        write("index.html", """
                <h1 id="intro">Home</h1>
                <a href="about.html#team">good file and anchor</a>
                <a href="missing.html">broken file</a>
                <a href="about.html#nobody">broken anchor</a>
                <a href="#intro">good anchor on this page</a>
                """);
        write("about.html", "<h2 id=\"team\">Team</h2>");

        assertEquals(List.of(
                new BrokenLink("index.html", "missing.html", "no file missing.html in the site"),
                new BrokenLink("index.html", "about.html#nobody", "no element with id \"nobody\" in about.html")),
                LinkWalker.of(site).walk());
    }

    @Test
    void resolvesLinksAsAStaticHostUnderTheBaseurl() throws IOException {
        write("index.html", """
                <link rel="stylesheet" href="/blog/assets/style.css">
                <a href="/blog/">home, root-relative</a>
                <a href="/blog">home without the slash</a>
                <a href="my%20notes/">a folder with a space, escaped</a>
                <a href="my notes/first.html">a space as written</a>
                <a href="my%20notes">a folder without its slash</a>
                <a href="my%20notes/first">extension-less</a>
                <a href="./about.html?ref=home#top">query, and #top which every page has</a>
                <a href="https://quire.example/blog/about.html#team">absolute, under the site URL</a>
                <a href="https://elsewhere.example/missing.html">external</a>
                <a href="mailto:someone@example.com">mail</a>
                <a href="">this page</a>
                <img src="assets/a.png" srcset="assets/a.png 1x, /blog/assets/a%402x.png 2x" alt="">
                """);
        write("about.html", "<a name=\"team\">Team</a><a href=\"index.html#nav\">broken anchor</a>");
        write("my notes/index.html", """
                <a href="../about.html">up one folder</a>
                <a href="first.html#h%C3%A9">an escaped fragment</a>
                """);
        write("my notes/first.html", "<h2 id=\"hé\">Hé</h2>");
        write("assets/style.css", "");
        write("assets/a.png", "");
        write("assets/a@2x.png", "");
        write("redirect.html", "<meta http-equiv=\"refresh\" content=\"0; url=/blog/gone.html\">");
        write("outside.html", """
                <a href="/elsewhere/about.html">outside the baseurl</a>
                <a href="../../etc/passwd">above the root</a>
                <a href="https://quire.example/blog/gone/">absolute, missing</a>
                """);

        assertEquals(List.of(
                new BrokenLink("about.html", "index.html#nav", "no element with id \"nav\" in index.html"),
                new BrokenLink("outside.html", "/elsewhere/about.html", "outside the site's baseurl /blog"),
                new BrokenLink("outside.html", "../../etc/passwd", "goes above the site's root"),
                new BrokenLink("outside.html", "https://quire.example/blog/gone/", "no file gone/index.html in the site"),
                new BrokenLink("redirect.html", "/blog/gone.html", "no file gone.html in the site")),
                LinkWalker.of(site).withBaseurl("/blog/").withSiteUrl("https://quire.example/").walk());
    }

    @Test
    void checksTheSyntaxOfExternalLinksWithoutFollowingThem() throws IOException {
        write("index.html", """
                <a href="https://example.com/a%20b?q=1#x">fine</a>
                <a href="HTTPS://my_host.example/">fine, a registry name</a>
                <a href="//cdn.example/lib.js">fine, scheme-relative</a>
                <a href="https://de.example/wiki/Käse">fine, a character outside ASCII</a>
                <a href="tel:+123">other schemes are not checked</a>
                <a href="mailto:someone@example.com">fine</a>
                <a href="https://exa mple.com/">a space</a>
                <a href="http:/example.com/">one slash</a>
                <a href="mailto:">no address</a>
                """);
        assertEquals(List.of(
                new BrokenLink("index.html", "https://exa mple.com/", "not a valid URL: Illegal character in authority"),
                new BrokenLink("index.html", "http:/example.com/", "not a valid URL: no host name after http://"),
                new BrokenLink("index.html", "mailto:", "a mailto: link without an address")),
                LinkWalker.of(site).walk());
    }

    @Test
    void aBrokenEscapeIsReportedNotThrown() throws IOException {
        write("index.html", "<a href=\"caf%C.html\">x</a>");
        assertEquals(List.of(new BrokenLink("index.html", "caf%C.html", "invalid %-escape")),
                LinkWalker.of(site).walk());
    }

    @Test
    void decodesUtf8EscapesAndKeepsPlus() {
        assertEquals("/coursera reviews/é+x", UrlPath.decode("/coursera%20reviews/%C3%A9+x"));
        assertThrows(IllegalArgumentException.class, () -> UrlPath.decode("/a%2"));
    }

    private void write(String path, String html) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, html);
    }
}
