package dev.quire.commit;

import java.nio.file.Path;

/** One output file, held until commit: bytes in memory, or a source file to copy. */
public sealed interface StagedFile {

    /** The renderer that produced it. */
    String owner();

    record Bytes(String owner, byte[] content) implements StagedFile {
    }

    record Copy(String owner, Path file) implements StagedFile {
    }
}
