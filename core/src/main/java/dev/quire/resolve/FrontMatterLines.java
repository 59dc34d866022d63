package dev.quire.resolve;

import dev.quire.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** Finds the line of a top-level front-matter key, to point error messages at it. */
final class FrontMatterLines {

    private FrontMatterLines() {
    }

    /** The 1-based line of {@code key:} in the document's front matter, or 0 if it cannot be found. */
    static int lineOf(Document document, String key) {
        try {
            List<String> lines = Files.readAllLines(document.source().absolute(), StandardCharsets.UTF_8);
            for (int i = 1; i < Math.min(lines.size(), document.bodyLine()); i++) {
                String line = lines.get(i);
                if (line.startsWith(key + ":") || line.startsWith("\"" + key + "\":") || line.startsWith("'" + key + "':")) {
                    return i + 1;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
        return 0;
    }
}
