package dev.quire.renderers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Reads and compares folder trees: every regular file by its relative path ({@code /} separators). */
public final class Trees {

    private Trees() {
    }

    /** Every regular file below {@code root}, by relative path; empty when the folder does not exist. */
    public static SortedMap<String, byte[]> read(Path root) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                files.put(relative, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The relative paths of the files below {@code root}, for messages. */
    public static String describe(Path root) {
        return read(root).keySet().toString();
    }

    /**
     * What differs between two trees, for a test failure: missing and extra files, then a line diff
     * of the first file whose bytes differ. Empty when the trees are identical.
     */
    public static Optional<String> difference(SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual) {
        List<String> report = new ArrayList<>();
        TreeSet<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        TreeSet<String> extra = new TreeSet<>(actual.keySet());
        extra.removeAll(expected.keySet());
        if (!missing.isEmpty()) {
            report.add("missing files: " + missing);
        }
        if (!extra.isEmpty()) {
            report.add("extra files: " + extra);
        }
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : expected.entrySet()) {
            byte[] other = actual.get(entry.getKey());
            if (other != null && !Arrays.equals(entry.getValue(), other)) {
                differing.add(entry.getKey());
            }
        }
        if (!differing.isEmpty()) {
            String first = differing.get(0);
            report.add("files that differ: " + differing);
            report.add("first difference, in " + first + ":" + System.lineSeparator()
                    + diff(expected.get(first), actual.get(first)));
        }
        return report.isEmpty() ? Optional.empty() : Optional.of(String.join(System.lineSeparator(), report));
    }

    /** A readable diff: the first differing line with a few lines of context, or a byte offset for binary files. */
    static String diff(byte[] expected, byte[] actual) {
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
        StringBuilder out = new StringBuilder();
        if (line == a.size() && line == b.size()) {
            // Same lines: the difference is in line endings or a final newline.
            return "  the lines are equal; line endings or the final newline differ (expected "
                    + expected.length + " bytes, got " + actual.length + ")";
        }
        // The differing region: between the common prefix and the common suffix of the two files.
        int suffix = 0;
        while (suffix < a.size() - line && suffix < b.size() - line
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        out.append("  @@ line ").append(line + 1).append(" @@ (- expected, + actual)").append(System.lineSeparator());
        for (int i = Math.max(0, line - 3); i < line; i++) {
            out.append("    ").append(a.get(i)).append(System.lineSeparator());
        }
        appendLines(out, "  - ", a.subList(line, a.size() - suffix));
        appendLines(out, "  + ", b.subList(line, b.size() - suffix));
        for (int i = a.size() - suffix; i < Math.min(a.size(), a.size() - suffix + 3); i++) {
            out.append("    ").append(a.get(i)).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static void appendLines(StringBuilder out, String prefix, List<String> lines) {
        int shown = Math.min(lines.size(), 12);
        for (String line : lines.subList(0, shown)) {
            out.append(prefix).append(line).append(System.lineSeparator());
        }
        if (shown < lines.size()) {
            out.append(prefix).append("... ").append(lines.size() - shown).append(" more lines")
                    .append(System.lineSeparator());
        }
    }

    private static Optional<String> text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
