package dev.quire.model;

import java.util.Objects;

/**
 * Where a document is published: its URL (escaped, starting with {@code /}, without the base URL)
 * and the file it is written to, relative to the output root with {@code /} separators.
 */
public record Route(String url, String outputPath) {

    public Route {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outputPath, "outputPath");
    }
}
