package dev.quire.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path root;

    @Test
    void writeThenReadGivesTheSameManifest() throws IOException {
        Path destination = root.resolve("out");
        Path file = root.resolve("state/manifest.txt");
        new Manifest(destination, Set.of("b.html", "a/c d.html"), Set.of("a")).write(file);

        Manifest read = Manifest.read(file, destination);

        assertEquals(Set.of("a/c d.html", "b.html"), read.files());
        assertEquals(Set.of("a"), read.directories());
    }

    @Test
    void namesWithNewlinesAreEscaped() throws IOException {
        Path destination = root.resolve("out\nf x");
        Path file = root.resolve("state/manifest.txt");
        Set<String> files = Set.of("a\nf b", "d\re", "tab\there");
        new Manifest(destination, files, Set.of("d\nd ..")).write(file);

        Manifest read = Manifest.read(file, destination);

        assertEquals(files, read.files());
        assertEquals(Set.of("d\nd .."), read.directories());
        assertEquals(2 + 3 + 1, Files.readAllLines(file).size());
    }

    @Test
    void escapingRoundTripsBackslashes() {
        for (String name : new String[] {"plain", "a\\b", "\\n", "a\nb\r", "\\\\\n", "end\\"}) {
            String escaped = Manifest.escape(name);
            assertFalse(escaped.contains("\n") || escaped.contains("\r"), escaped);
            assertEquals(name, Manifest.unescape(escaped));
        }
    }

    @Test
    void anUnknownEscapeMakesTheWholeManifestEmpty() throws IOException {
        Path destination = root.resolve("out");
        Path file = root.resolve("manifest.txt");
        Files.writeString(file, "quire-manifest 2\ndestination " + destination + "\nf a.html\nf b\\t.html\n");

        assertEquals(Set.of(), Manifest.read(file, destination).files());
    }

    @Test
    void aPathLeavingTheOutputFolderMakesTheWholeManifestEmpty() throws IOException {
        Path destination = root.resolve("out");
        Path file = root.resolve("manifest.txt");
        Files.writeString(file, "quire-manifest 2\ndestination " + destination + "\nf a.html\nd a/../..\n");

        assertEquals(Set.of(), Manifest.read(file, destination).files());
    }

    @Test
    void aManifestOfTheFirstFormatIsEmpty() throws IOException {
        Path destination = root.resolve("out");
        Path file = root.resolve("manifest.txt");
        Files.writeString(file, "quire-manifest 1\ndestination " + destination + "\nf a.html\n");

        assertEquals(Set.of(), Manifest.read(file, destination).files());
    }

    @Test
    void missingManifestIsEmpty() {
        Manifest read = Manifest.read(root.resolve("nothing.txt"), root);

        assertEquals(Set.of(), read.files());
        assertEquals(Set.of(), read.directories());
    }

    @Test
    void manifestOfAnotherDestinationIsEmpty() throws IOException {
        Path file = root.resolve("manifest.txt");
        new Manifest(root.resolve("one"), Set.of("a.html"), Set.of()).write(file);

        assertEquals(Set.of(), Manifest.read(file, root.resolve("two")).files());
    }

    @Test
    void unknownLinesMakeTheWholeManifestEmpty() throws IOException {
        Path destination = root.resolve("out");
        Path file = root.resolve("manifest.txt");
        Files.writeString(file, "quire-manifest 1\ndestination " + destination + "\nf a.html\nx what\n");

        assertEquals(Set.of(), Manifest.read(file, destination).files());
    }

    @Test
    void binaryGarbageIsEmpty() throws IOException {
        Path file = root.resolve("manifest.txt");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});

        assertEquals(Set.of(), Manifest.read(file, root).files());
    }
}
