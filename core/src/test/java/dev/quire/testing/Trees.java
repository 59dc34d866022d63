package dev.quire.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Snapshots of folder trees for assertions: every regular file by its path relative to the root
 * ({@code /} separators), in sorted order. A missing root gives an empty snapshot.
 */
public final class Trees {

    private Trees() {
    }

    /** Every regular file under {@code root}: path to bytes. */
    public static SortedMap<String, byte[]> snapshot(Path root) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Path file : walk(root)) {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    files.put(relative(root, file), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Collections.unmodifiableSortedMap(files);
    }

    /** Every regular file under {@code root}: path to its content read as UTF-8. */
    public static SortedMap<String, String> texts(Path root) {
        SortedMap<String, String> texts = new TreeMap<>();
        snapshot(root).forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return Collections.unmodifiableSortedMap(texts);
    }

    /** The paths of every regular file under {@code root}. */
    public static SortedSet<String> files(Path root) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(snapshot(root).keySet()));
    }

    /** The paths of every folder under {@code root}, not counting the root itself. */
    public static SortedSet<String> directories(Path root) {
        SortedSet<String> directories = new TreeSet<>();
        for (Path path : walk(root)) {
            if (!path.equals(root) && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                directories.add(relative(root, path));
            }
        }
        return Collections.unmodifiableSortedSet(directories);
    }

    /** The modification time of every regular file under {@code root}. */
    public static SortedMap<String, FileTime> modifiedTimes(Path root) {
        SortedMap<String, FileTime> times = new TreeMap<>();
        for (Path file : walk(root)) {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    times.put(relative(root, file), Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Collections.unmodifiableSortedMap(times);
    }

    /** Whether two snapshots hold the same paths with the same bytes. */
    public static boolean same(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        return differences(expected, actual).isEmpty();
    }

    /**
     * What differs between two snapshots, for a test failure: a line per path that is missing,
     * unexpected or changed, then a diff of the first changed file ({@link #firstDifference}). Empty
     * when the snapshots hold the same paths with the same bytes.
     */
    public static Optional<String> difference(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        List<String> differences = differences(expected, actual);
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder report = new StringBuilder("  ").append(String.join("\n  ", differences));
        new TreeSet<>(expected.keySet()).stream()
                .filter(path -> actual.containsKey(path) && !Arrays.equals(expected.get(path), actual.get(path)))
                .findFirst()
                .ifPresent(path -> report.append("\nfirst difference, in ").append(path).append(":\n")
                        .append(firstDifference(expected.get(path), actual.get(path))));
        return Optional.of(report.toString());
    }

    /** Fails, listing what differs, unless the two snapshots hold the same paths with the same bytes. */
    public static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        difference(expected, actual).ifPresent(difference -> fail("the trees differ:\n" + difference));
    }

    /** Fails unless the folder holds exactly the files of the snapshot, byte for byte. */
    public static void assertSameTree(Map<String, byte[]> expected, Path actual) {
        assertSameTree(expected, snapshot(actual));
    }

    private static List<String> differences(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        List<String> differences = new ArrayList<>();
        SortedSet<String> paths = new TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        for (String path : paths) {
            byte[] want = expected.get(path);
            byte[] have = actual.get(path);
            if (want == null) {
                differences.add("unexpected " + path);
            } else if (have == null) {
                differences.add("missing " + path);
            } else if (!Arrays.equals(want, have)) {
                differences.add("changed " + path);
            }
        }
        return differences;
    }

    /**
     * Where two file contents first differ, readably: for text (UTF-8 without NUL), the first
     * differing lines (at most 12 of each side) with up to 3 lines of context before and after, or a
     * note that only line endings or the final newline differ; for binary content, the first
     * differing byte offset.
     */
    public static String firstDifference(byte[] expected, byte[] actual) {
        Optional<String> expectedText = text(expected);
        Optional<String> actualText = text(actual);
        if (expectedText.isEmpty() || actualText.isEmpty()) {
            int i = 0;
            while (i < expected.length && i < actual.length && expected[i] == actual[i]) {
                i++;
            }
            return "  binary files differ at byte " + i + " (expected " + expected.length + " bytes, got "
                    + actual.length + ")";
        }
        List<String> a = expectedText.get().lines().toList();
        List<String> b = actualText.get().lines().toList();
        int line = 0;
        while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
            line++;
        }
        if (line == a.size() && line == b.size()) {
            return "  the lines are equal; line endings or the final newline differ (expected "
                    + expected.length + " bytes, got " + actual.length + ")";
        }
        // The differing region: between the common prefix and the common suffix of the two contents.
        int suffix = 0;
        while (suffix < a.size() - line && suffix < b.size() - line
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        StringBuilder out = new StringBuilder();
        out.append("  @@ line ").append(line + 1).append(" @@ (- expected, + actual)\n");
        for (int i = Math.max(0, line - 3); i < line; i++) {
            out.append("    ").append(a.get(i)).append('\n');
        }
        appendLines(out, "  - ", a.subList(line, a.size() - suffix));
        appendLines(out, "  + ", b.subList(line, b.size() - suffix));
        for (int i = a.size() - suffix; i < Math.min(a.size(), a.size() - suffix + 3); i++) {
            out.append("    ").append(a.get(i)).append('\n');
        }
        return out.toString();
    }

    private static void appendLines(StringBuilder out, String prefix, List<String> lines) {
        int shown = Math.min(lines.size(), 12);
        for (String line : lines.subList(0, shown)) {
            out.append(prefix).append(line).append('\n');
        }
        if (shown < lines.size()) {
            out.append(prefix).append("... ").append(lines.size() - shown).append(" more lines\n");
        }
    }

    /** The content as UTF-8 text, or empty when it is not valid UTF-8 or holds a NUL (binary). */
    private static Optional<String> text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static List<Path> walk(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
