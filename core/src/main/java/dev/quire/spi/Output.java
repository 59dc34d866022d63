package dev.quire.spi;

import java.nio.file.Path;

/**
 * Files a renderer produces, by path relative to the output root ({@code /} separators, no
 * leading slash). Writes are staged: the output folder changes only when the whole build
 * succeeds. A path that leaves the output root, or that another renderer already claimed, is an
 * error. Thread-safe.
 */
public interface Output {

    /** Writes text as UTF-8. */
    void write(String path, String text);

    void write(String path, byte[] bytes);

    /** Copies a file as it is (read at commit time, so large files are not held in memory). */
    void copy(String path, Path file);
}
