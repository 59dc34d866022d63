package dev.quire.commit;

import dev.quire.resolve.OutputPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files and folders Quire created in one output folder, kept in the state directory so that a
 * later build can remove what is no longer produced, and nothing else. Each output folder has its
 * own manifest file, so builds of several output folders may share a state directory. Paths are
 * escaped ({@code \\}, {@code \n}, {@code \r}), so a file name cannot add a line. A missing,
 * unreadable or foreign manifest, or one with a path that leaves the output folder, counts as
 * empty: then nothing is removed.
 */
record Manifest(Path destination, Set<String> files, Set<String> directories) {

    private static final String HEADER = "quire-manifest 2";

    Manifest {
        files = new TreeSet<>(files);
        directories = new TreeSet<>(directories);
    }

    static Manifest empty(Path destination) {
        return new Manifest(destination, Set.of(), Set.of());
    }

    /** {@code manifest-<first 16 hex digits of the SHA-256 of the destination path>.txt} in the state directory. */
    static Path fileFor(Path stateDirectory, Path destination) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(destination.toString().getBytes(StandardCharsets.UTF_8));
            return stateDirectory.resolve("manifest-" + HexFormat.of().formatHex(hash, 0, 8) + ".txt");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static Manifest read(Path file, Path destination) {
        try {
            if (!Files.isRegularFile(file)) {
                return empty(destination);
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER)
                    || !lines.get(1).equals("destination " + escape(destination.toString()))) {
                return empty(destination);
            }
            Set<String> files = new TreeSet<>();
            Set<String> directories = new TreeSet<>();
            for (String line : lines.subList(2, lines.size())) {
                if (line.startsWith("f ")) {
                    files.add(OutputPaths.confine(unescape(line.substring(2))));
                } else if (line.startsWith("d ")) {
                    directories.add(OutputPaths.confine(unescape(line.substring(2))));
                } else if (!line.isEmpty()) {
                    return empty(destination);
                }
            }
            return new Manifest(destination, files, directories);
        } catch (IOException | RuntimeException e) {
            return empty(destination);
        }
    }

    /** Writes through a temporary file and a rename, so a reader sees the old or the new manifest. */
    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("destination " + escape(destination.toString()));
        directories.forEach(d -> lines.add("d " + escape(d)));
        files.forEach(f -> lines.add("f " + escape(f)));
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".quire-", ".tmp");
        try {
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static String escape(String path) {
        StringBuilder text = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException on an escape that {@link #escape} does not write */
    static String unescape(String line) {
        StringBuilder path = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\') {
                path.append(c);
                continue;
            }
            char next = ++i < line.length() ? line.charAt(i) : ' ';
            switch (next) {
                case '\\' -> path.append('\\');
                case 'n' -> path.append('\n');
                case 'r' -> path.append('\r');
                default -> throw new IllegalArgumentException("bad escape in manifest line: " + line);
            }
        }
        return path.toString();
    }
}
