package dev.quire.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import dev.quire.model.Reads;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {

    private static final byte[] HEADER = "quire-build-cache 1\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    private static TreeMap<Reads.Read, String> reads(String... ownerKeyDigest) {
        TreeMap<Reads.Read, String> reads = new TreeMap<>();
        for (int i = 0; i < ownerKeyDigest.length; i += 3) {
            reads.put(new Reads.Read(ownerKeyDigest[i], ownerKeyDigest[i + 1]), ownerKeyDigest[i + 2]);
        }
        return reads;
    }

    private static Map<String, UnitRecord> units() {
        Map<String, UnitRecord> units = new LinkedHashMap<>();
        units.put("convert doc:_posts/2019-05-21-héllo.md", new UnitRecord("own1",
                reads("site", "title", "d1", "doc:_posts/2019-05-21-héllo.md", "*", "d2", "links", "table", "d3",
                        "file:notes/ünïcode.txt", "text", "d4"),
                List.of(Problem.warning(new SourceLocation("_posts/2019-05-21-héllo.md", 3, 7), "odd „quote“",
                        "write it ✓"), Problem.info(null, "a note", null)),
                "<p>Grüße, 世界 😀</p>\n"));
        units.put("render layouts doc:about.md about.html", new UnitRecord("own2",
                reads("site", "title", "d1", "doc:about.md", "url", "d5"),
                List.of(Problem.warning(new SourceLocation("about.md", 1, 1), "no hint", null),
                        Problem.info(SourceLocation.of("about.md"), "located, no line", "hint")),
                null));
        units.put("convert doc:empty.md", new UnitRecord("own3", reads(), List.of(), ""));
        return units;
    }

    private Path file() {
        return root.resolve("state/build-cache-0123456789abcdef.bin");
    }

    /** Writes {@code header + body} and returns the checksum of the body, as a state would name it. */
    private String writeRaw(byte[] header, byte[] body) throws Exception {
        byte[] all = Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, all, header.length, body.length);
        Files.createDirectories(file().getParent());
        Files.write(file(), all);
        return InputFingerprint.sha256(body);
    }

    private byte[] writtenBody() throws Exception {
        byte[] all = Files.readAllBytes(file());
        return Arrays.copyOfRange(all, HEADER.length, all.length);
    }

    @Test
    void whatIsWrittenIsReadBack() throws Exception {
        Map<String, UnitRecord> units = units();

        String checksum = new BuildCache(units).write(file());
        BuildCache read = BuildCache.read(file(), checksum);

        assertEquals(units.size(), read.size());
        units.forEach((key, unit) -> assertEquals(unit, read.get(key), key));
        assertNull(read.get("convert doc:other.md"));
        assertNull(read.get("render layouts doc:about.md about.html").content());
        assertEquals("", read.get("convert doc:empty.md").content());
    }

    @Test
    void anEmptyCacheIsReadBackEmpty() throws Exception {
        String checksum = BuildCache.empty().write(file());

        assertEquals(0, BuildCache.read(file(), checksum).size());
    }

    @Test
    void theChecksumIsTheBodysAndWritingLeavesNoTemporaryFile() throws Exception {
        String checksum = new BuildCache(units()).write(file());
        String again = new BuildCache(units()).write(file());

        assertEquals(InputFingerprint.sha256(writtenBody()), checksum);
        assertEquals(checksum, again, "the same records give the same bytes");
        try (var files = Files.list(file().getParent())) {
            assertEquals(List.of(file()), files.toList());
        }
    }

    @Test
    void aWrongChecksumIsRefused() throws Exception {
        String checksum = new BuildCache(units()).write(file());
        String other = BuildCache.empty().write(root.resolve("other.bin"));

        BuildState.CorruptStateException e = assertThrows(BuildState.CorruptStateException.class,
                () -> BuildCache.read(file(), other));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
        assertThrows(BuildState.CorruptStateException.class, () -> BuildCache.read(file(), checksum.toUpperCase()));
    }

    @Test
    void anotherHeaderIsRefused() throws Exception {
        new BuildCache(units()).write(file());
        byte[] body = writtenBody();

        String checksum = writeRaw("quire-build-cache 2\n".getBytes(StandardCharsets.UTF_8), body);
        BuildState.CorruptStateException e = assertThrows(BuildState.CorruptStateException.class,
                () -> BuildCache.read(file(), checksum));
        assertTrue(e.getMessage().contains("format"), e.getMessage());
        assertThrows(BuildState.CorruptStateException.class,
                () -> BuildCache.read(file(), writeRaw(new byte[0], body)));
        assertThrows(BuildState.CorruptStateException.class,
                () -> BuildCache.read(file(), writeRaw(new byte[0], new byte[0])));
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        String checksum = new BuildCache(units()).write(file());
        byte[] body = writtenBody();
        byte[] truncated = Arrays.copyOf(body, body.length - 5);

        writeRaw(HEADER, truncated);
        assertThrows(BuildState.CorruptStateException.class, () -> BuildCache.read(file(), checksum));
        // even when the state names the truncated body's checksum, the body cannot be read
        String truncatedChecksum = writeRaw(HEADER, truncated);
        BuildState.CorruptStateException e = assertThrows(BuildState.CorruptStateException.class,
                () -> BuildCache.read(file(), truncatedChecksum));
        assertTrue(e.getMessage().contains("unreadable"), e.getMessage());
        for (int length : new int[] {0, 3, body.length / 2}) {
            String cut = writeRaw(HEADER, Arrays.copyOf(body, length));
            assertThrows(BuildState.CorruptStateException.class, () -> BuildCache.read(file(), cut), "" + length);
        }
    }

    @Test
    void bytesAfterTheLastRecordAreRefused() throws Exception {
        String checksum = new BuildCache(units()).write(file());
        byte[] body = writtenBody();
        byte[] longer = Arrays.copyOf(body, body.length + 1);

        writeRaw(HEADER, longer);
        assertThrows(BuildState.CorruptStateException.class, () -> BuildCache.read(file(), checksum));
        String longerChecksum = writeRaw(HEADER, longer);
        assertThrows(BuildState.CorruptStateException.class, () -> BuildCache.read(file(), longerChecksum));
    }

    @Test
    void aBodyThatPointsOutsideItsStringTableIsRefused() throws Exception {
        // no strings, one record whose key is string 5
        byte[] body = {0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 5};

        String checksum = writeRaw(HEADER, body);

        assertThrows(BuildState.CorruptStateException.class, () -> BuildCache.read(file(), checksum));
    }

    @Test
    void theCacheFileLiesBesideTheStateFile() {
        Path state = BuildState.fileFor(root.resolve("state"), root.resolve("output"));

        Path cache = BuildCache.fileFor(state);

        assertEquals(state.getParent(), cache.getParent());
        String stateName = state.getFileName().toString();
        String hash = stateName.substring("build-state-".length(), stateName.length() - ".json".length());
        assertEquals("build-cache-" + hash + ".bin", cache.getFileName().toString());
        assertEquals(16, hash.length());
    }
}
