package dev.quire.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** Fails, listing what differs, unless the two snapshots hold the same paths with the same bytes. */
    public static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        List<String> differences = differences(expected, actual);
        if (!differences.isEmpty()) {
            fail("the trees differ:\n  " + String.join("\n  ", differences));
        }
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
