package dev.quire.check;

import dev.quire.error.SourceLocation;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds where a link of the built site is written in the site's sources: the text files (Markdown,
 * HTML, templates, data) that contain it as written, or without the site's {@code baseurl} (a
 * {@code {{ '/x.html' | relative_url }}} in the source is {@code /blog/x.html} in the page).
 * A link that a template computes from other values is not found; then the page is all a report
 * can name.
 */
public final class LinkSources {

    private static final Set<String> TEXT = Set.of("md", "markdown", "mkd", "html", "htm", "ftlh", "ftl", "liquid",
            "xml", "yml", "yaml", "json", "csv", "txt", "textile");

    /** Each source text file by its path relative to the root, in path order. */
    private final TreeMap<String, List<String>> files;
    private final String baseurl;

    private LinkSources(TreeMap<String, List<String>> files, String baseurl) {
        this.files = files;
        this.baseurl = baseurl;
    }

    /**
     * Reads the text files of the source folder, leaving out folders whose name starts with
     * {@code .} and the folders in {@code skip} (the output folder, when it lies inside).
     */
    public static LinkSources read(Path source, String baseurl, Set<Path> skip) throws IOException {
        Path root = source.toAbsolutePath().normalize();
        TreeMap<String, List<String>> files = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                return hidden || skip.contains(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String name = file.getFileName().toString();
                String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                if (attributes.isRegularFile() && TEXT.contains(extension)) {
                    try {
                        files.put(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"),
                                Files.readAllLines(file, StandardCharsets.UTF_8));
                    } catch (CharacterCodingException e) {
                        // not UTF-8 text: no link of the site is written in it
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        String trimmed = baseurl == null ? "" : baseurl.strip().replaceAll("/+$", "");
        return new LinkSources(files, trimmed);
    }

    /** The first places (at most {@code limit}) where {@code link} is written, in path then line order. */
    public List<SourceLocation> find(String link, int limit) {
        List<String> forms = new ArrayList<>();
        forms.add(link);
        if (!baseurl.isEmpty() && link.startsWith(baseurl + "/")) {
            forms.add(link.substring(baseurl.length()));
        }
        List<SourceLocation> found = new ArrayList<>();
        for (var file : files.entrySet()) {
            List<String> lines = file.getValue();
            for (int i = 0; i < lines.size() && found.size() < limit; i++) {
                for (String form : forms) {
                    int column = form.isEmpty() ? -1 : lines.get(i).indexOf(form);
                    if (column >= 0) {
                        found.add(new SourceLocation(file.getKey(), i + 1, column + 1));
                        break;
                    }
                }
            }
        }
        return List.copyOf(found);
    }
}
