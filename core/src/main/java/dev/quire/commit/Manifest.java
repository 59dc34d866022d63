package dev.quire.commit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files and folders Quire created in an output folder, kept in the state directory so that a
 * later build can remove what is no longer produced, and nothing else. A missing, unreadable or
 * foreign manifest counts as empty: then nothing is removed.
 */
record Manifest(Path destination, Set<String> files, Set<String> directories) {

    private static final String HEADER = "quire-manifest 1";

    Manifest {
        files = new TreeSet<>(files);
        directories = new TreeSet<>(directories);
    }

    static Manifest empty(Path destination) {
        return new Manifest(destination, Set.of(), Set.of());
    }

    static Manifest read(Path file, Path destination) {
        try {
            if (!Files.isRegularFile(file)) {
                return empty(destination);
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("destination " + destination)) {
                return empty(destination);
            }
            Set<String> files = new TreeSet<>();
            Set<String> directories = new TreeSet<>();
            for (String line : lines.subList(2, lines.size())) {
                if (line.startsWith("f ")) {
                    files.add(line.substring(2));
                } else if (line.startsWith("d ")) {
                    directories.add(line.substring(2));
                } else if (!line.isEmpty()) {
                    return empty(destination);
                }
            }
            return new Manifest(destination, files, directories);
        } catch (IOException | RuntimeException e) {
            return empty(destination);
        }
    }

    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("destination " + destination);
        directories.forEach(d -> lines.add("d " + d));
        files.forEach(f -> lines.add("f " + f));
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
