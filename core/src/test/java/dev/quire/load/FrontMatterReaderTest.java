package dev.quire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import dev.quire.model.SourceFile;
import dev.quire.spi.FrontMatterFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontMatterReaderTest {

    @TempDir
    Path root;

    private final FrontMatterReader reader = new FrontMatterReader();

    private SourceFile file(String path, String content) throws IOException {
        return file(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private SourceFile file(String path, byte[] content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return new SourceFile(root, path);
    }

    private FrontMatterFile read(String path, String content) throws IOException {
        return reader.read(file(path, content));
    }

    @Test
    void validFrontMatterIsParsedAndTheBodyStartsAfterIt() throws IOException {
        FrontMatterFile read = read("_posts/2019-05-21-x.md",
                "---\ntitle: \"Hello\"\ntags: [a, b]\nlayout: post\n---\n# Body\n\nText\n");

        assertTrue(read.hasFrontMatter());
        assertEquals(Map.of("title", "Hello", "tags", List.of("a", "b"), "layout", "post"), read.frontMatter());
        assertEquals("# Body\n\nText\n", read.body());
        assertEquals(6, read.bodyLine(), "lines 1-5 are the front matter");
    }

    @Test
    void frontMatterKeepsKeyOrder() throws IOException {
        FrontMatterFile read = read("page.md", "---\nz: 1\na: 2\nm: 3\n---\n");

        assertEquals(List.of("z", "a", "m"), List.copyOf(read.frontMatter().keySet()));
    }

    @Test
    void frontMatterMayEndWithThreeDots() throws IOException {
        FrontMatterFile read = read("page.md", "---\ntitle: x\n...\nbody\n");

        assertEquals(Map.of("title", "x"), read.frontMatter());
        assertEquals("body\n", read.body());
    }

    @Test
    void windowsLineEndingsAndTrailingSpacesOnMarkers() throws IOException {
        FrontMatterFile read = read("page.md", "--- \r\ntitle: x\r\n---\t\r\nbody\r\n");

        assertEquals(Map.of("title", "x"), read.frontMatter());
        assertEquals("body\r\n", read.body());
        assertEquals(4, read.bodyLine());
    }

    @Test
    void aByteOrderMarkIsIgnored() throws IOException {
        FrontMatterFile read = read("page.md", "\uFEFF---\ntitle: x\n---\nbody");

        assertTrue(read.hasFrontMatter());
        assertEquals(Map.of("title", "x"), read.frontMatter());
        assertEquals("body", read.body());
    }

    @Test
    void fileWithoutFrontMatterIsAllBody() throws IOException {
        FrontMatterFile read = read("plain.html", "<p>no front matter</p>\n---\n");

        assertFalse(read.hasFrontMatter());
        assertEquals(Map.of(), read.frontMatter());
        assertEquals("<p>no front matter</p>\n---\n", read.body());
        assertEquals(1, read.bodyLine());
    }

    @Test
    void emptyFrontMatter() throws IOException {
        FrontMatterFile read = read("page.md", "---\n---\nbody\n");

        assertTrue(read.hasFrontMatter());
        assertEquals(Map.of(), read.frontMatter());
        assertEquals("body\n", read.body());
        assertEquals(3, read.bodyLine());
    }

    @Test
    void frontMatterOfOnlyBlankLinesAndCommentsIsEmpty() throws IOException {
        FrontMatterFile read = read("page.md", "---\n\n# just a comment\n---\nbody\n");

        assertTrue(read.hasFrontMatter());
        assertEquals(Map.of(), read.frontMatter());
        assertEquals("body\n", read.body());
        assertEquals(5, read.bodyLine());
    }

    @Test
    void frontMatterAtTheEndOfTheFileWithoutANewline() throws IOException {
        FrontMatterFile read = read("page.md", "---\ntitle: x\n---");

        assertEquals(Map.of("title", "x"), read.frontMatter());
        assertEquals("", read.body());
    }

    @Test
    void unclosedFrontMatterMakesTheWholeFileTheBody() throws IOException {
        // Jekyll: the front-matter pattern does not match, so data is empty and content is the
        // whole file; the file is still a page or post because its first line is '---'.
        String text = "---\ntitle: x\n\nbody without end marker\n";
        FrontMatterFile read = read("_posts/2019-05-21-open.md", text);

        assertTrue(read.hasFrontMatter(), "the first line opens front matter");
        assertEquals(Map.of(), read.frontMatter());
        assertEquals(text, read.body());
        assertEquals(1, read.bodyLine());
    }

    @Test
    void aLoneOpeningLineIsUnclosedFrontMatter() throws IOException {
        FrontMatterFile read = read("page.md", "---\n");

        assertTrue(read.hasFrontMatter());
        assertEquals(Map.of(), read.frontMatter());
        assertEquals("---\n", read.body());
        assertEquals(1, read.bodyLine());
    }

    @Test
    void aFirstLineThatIsNotExactlyThreeDashesIsNoFrontMatter() throws IOException {
        for (String text : new String[] {"------------\nfoo: bar\n---\n", "----\na: 1\n---\n",
                "---x\na: 1\n---\n", "--- x\na: 1\n---\n", "---", "--- "}) {
            FrontMatterFile read = read("notes.txt", text);

            assertFalse(read.hasFrontMatter(), text);
            assertEquals(Map.of(), read.frontMatter(), text);
            assertEquals(text, read.body(), text);
            assertEquals(1, read.bodyLine(), text);
        }
    }

    @Test
    void anyWhitespaceMayFollowTheOpeningDashes() throws IOException {
        // Ruby's \s: space, tab, CR, form feed, vertical tab
        FrontMatterFile read = read("page.md", "---\t \f\u000B\r\ntitle: x\n---\nbody");

        assertTrue(read.hasFrontMatter());
        assertEquals(Map.of("title", "x"), read.frontMatter());
        assertEquals("body", read.body());
        assertEquals(4, read.bodyLine());
    }

    @Test
    void invalidYamlNamesTheFileLineAndColumnInTheFile() throws IOException {
        // line 1 is "---", so the YAML's second line is line 3 of the file
        SourceFile file = file("_posts/2019-05-21-bad.md",
                "---\ntitle: ok\nsubtitle: Deep: Learning\n---\nbody\n");

        QuireException e = assertThrows(QuireException.class, () -> reader.read(file));

        SourceLocation location = e.problem().location();
        assertEquals("_posts/2019-05-21-bad.md", location.file());
        assertEquals(3, location.line());
        assertEquals(15, location.column(), "the second ':' is at column 15 of 'subtitle: Deep: Learning'");
        assertTrue(e.problem().message().startsWith("invalid YAML"), e.problem().message());
        assertTrue(e.getMessage().startsWith("_posts/2019-05-21-bad.md:3:15: "), e.getMessage());
    }

    @Test
    void yamlLinesAreCountedFromTheLineAfterTheOpeningMarker() throws IOException {
        // "  - a" on line 2 starts a block sequence; "b: c" on line 3 cannot follow it
        SourceFile file = file("about.md", "---\n  - a\nb: c\n---\n");

        QuireException e = assertThrows(QuireException.class, () -> reader.read(file));

        assertEquals(new SourceLocation("about.md", 3, 1), e.problem().location(), e.getMessage());
    }

    @Test
    void anUnclosedListIsReportedWhereItOpensNotAtTheClosingMarker() throws IOException {
        // SnakeYAML notices the problem at the end of the YAML text, which is the line of the
        // closing '---'; the list's '[' is where the user has to look.
        SourceFile file = file("_posts/2024-03-05-broken.md",
                "---\nlayout: default\ntitle: Broken\ntags: [one, two\n---\nThe front matter above never closes its list.\n");

        QuireException e = assertThrows(QuireException.class, () -> reader.read(file));

        assertEquals(new SourceLocation("_posts/2024-03-05-broken.md", 4, 7), e.problem().location(), e.getMessage());
        assertTrue(e.getMessage().startsWith("_posts/2024-03-05-broken.md:4:7: invalid YAML"), e.getMessage());
    }

    @Test
    void anUnclosedListOnTheFirstLineIsReportedThere() throws IOException {
        SourceFile file = file("_posts/2019-05-21-bad.md", "---\ntitle: [unclosed\n---\n");

        QuireException e = assertThrows(QuireException.class, () -> reader.read(file));

        assertEquals(new SourceLocation("_posts/2019-05-21-bad.md", 2, 8), e.problem().location(), e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() throws IOException {
        SourceFile file = file("page.md", "---\na: 1\ntitle: \"Hello\nb: 2\n\n---\n");

        QuireException e = assertThrows(QuireException.class, () -> reader.read(file));

        assertEquals(new SourceLocation("page.md", 3, 8), e.problem().location(), e.getMessage());
    }

    @Test
    void badIndentationPointsAtTheLine() throws IOException {
        SourceFile file = file("page.md", "---\na: 1\nb:\n  c: 2\n d: 3\n---\n");

        QuireException e = assertThrows(QuireException.class, () -> reader.read(file));

        assertEquals(5, e.problem().location().line(), e.getMessage());
        assertTrue(e.problem().location().column() > 0, e.getMessage());
    }

    @Test
    void frontMatterThatIsNotAMappingIsAnError() throws IOException {
        SourceFile file = file("page.md", "---\n- a\n- b\n---\n");

        QuireException e = assertThrows(QuireException.class, () -> reader.read(file));

        assertEquals("page.md", e.problem().location().file());
        assertTrue(e.problem().message().contains("mapping"), e.problem().message());
    }

    @Test
    void nonUtf8FileIsAnErrorNamingTheFile() throws IOException {
        byte[] latin1 = "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        SourceFile file = file("_posts/2019-05-21-latin1.md", latin1);

        QuireException e = assertThrows(QuireException.class, () -> reader.read(file));

        assertEquals(new SourceLocation("_posts/2019-05-21-latin1.md", 2, 11), e.problem().location(),
                "the Latin-1 'é' after 'title: Caf'");
        assertEquals("the file is not valid UTF-8", e.problem().message());
    }

    @Test
    void billionLaughsIsAnErrorNotAnOutOfMemory() throws IOException {
        String bomb = """
                ---
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                ---
                body
                """;
        SourceFile file = file("bomb.md", bomb);

        QuireException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(QuireException.class, () -> reader.read(file)));

        assertEquals("bomb.md", e.problem().location().file());
        assertTrue(e.problem().message().startsWith("invalid YAML"), e.problem().message());
    }

    @Test
    void deepNestingIsAnError() throws IOException {
        String deep = "---\nx: " + "[".repeat(200) + "]".repeat(200) + "\n---\n";
        SourceFile file = file("deep.md", deep);

        QuireException e = assertThrows(QuireException.class, () -> reader.read(file));

        assertEquals("deep.md", e.problem().location().file());
    }

    @Test
    void aFewAliasesAreFine() throws IOException {
        FrontMatterFile read = read("page.md", "---\nbase: &base {layout: post}\nother: *base\n---\n");

        assertEquals(Map.of("layout", "post"), read.frontMatter().get("other"));
    }

    @Test
    void arbitraryJavaTypesAreNotConstructed() throws IOException {
        SourceFile file = file("evil.md", "---\nx: !!java.io.File [\"/tmp\"]\n---\n");

        QuireException e = assertThrows(QuireException.class, () -> reader.read(file));

        assertEquals("evil.md", e.problem().location().file());
    }

    @Test
    void yamlDatesAreTypedAsJekyllSeesThem() throws IOException {
        FrontMatterFile read = read("page.md", """
                ---
                day: 2019-05-26
                stamp: 2019-05-25 10:00:00
                iso: 2019-05-25T10:00:00Z
                offset: 2019-05-25 10:00:00 -04:00
                quoted: "2019-05-25 10:00:00"
                single: '2019-05-26'
                ---
                """);
        Map<String, Object> fm = read.frontMatter();

        assertEquals(LocalDate.of(2019, 5, 26), fm.get("day"));
        assertEquals(OffsetDateTime.of(2019, 5, 25, 10, 0, 0, 0, ZoneOffset.UTC), fm.get("stamp"),
                "a timestamp without offset is UTC");
        assertEquals(OffsetDateTime.of(2019, 5, 25, 10, 0, 0, 0, ZoneOffset.UTC), fm.get("iso"));
        OffsetDateTime offset = assertInstanceOf(OffsetDateTime.class, fm.get("offset"));
        assertEquals(OffsetDateTime.of(2019, 5, 25, 14, 0, 0, 0, ZoneOffset.UTC).toInstant(), offset.toInstant());
        assertEquals("2019-05-25 10:00:00", fm.get("quoted"));
        assertEquals("2019-05-26", fm.get("single"));
    }

    @Test
    void startsWithFrontMatterFollowsJekyllsFirstLineRule() throws IOException {
        // Jekyll's Utils.has_yaml_header?: the first line matches \A---\s*\r?\n
        assertTrue(FrontMatterReader.startsWithFrontMatter(file("a.md", "---\n---\n")));
        assertTrue(FrontMatterReader.startsWithFrontMatter(file("b.md", "--- \ntitle: x\n---\n")));
        assertTrue(FrontMatterReader.startsWithFrontMatter(file("c.md", "---\r\ntitle: x\r\n---\r\n")));
        assertTrue(FrontMatterReader.startsWithFrontMatter(file("d.md", "---\t\r\n")));
        assertTrue(FrontMatterReader.startsWithFrontMatter(file("e.md", "---\nno closing line\n")));
        assertFalse(FrontMatterReader.startsWithFrontMatter(file("f.md", "# title\n")));
        assertFalse(FrontMatterReader.startsWithFrontMatter(file("g.md", "--")));
        assertFalse(FrontMatterReader.startsWithFrontMatter(file("h.md", "")));
        assertFalse(FrontMatterReader.startsWithFrontMatter(file("i.md", "---")), "no line end: not a first line");
        assertFalse(FrontMatterReader.startsWithFrontMatter(file("j.md", "----\n")));
        assertFalse(FrontMatterReader.startsWithFrontMatter(file("k.md", "---x\n---\n")));
        assertFalse(FrontMatterReader.startsWithFrontMatter(file("assets/notes.txt", "------------\nNotes\n---\n")));
        assertFalse(FrontMatterReader.startsWithFrontMatter(file("l.md", "\uFEFF---\n---\n")),
                "Jekyll reads the first line as bytes: a byte order mark is not '---'");
    }

    @Test
    void startsWithFrontMatterReadsAtMostOneKibibyte() throws IOException {
        // an absurdly long first line is not read to its end
        assertFalse(FrontMatterReader.startsWithFrontMatter(file("long.md", "---" + " ".repeat(2000) + "\n---\n")));
        assertFalse(FrontMatterReader.startsWithFrontMatter(file("big.bin", new byte[10_000_000])));
    }
}
