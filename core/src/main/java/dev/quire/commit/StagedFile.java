package dev.quire.commit;

import java.nio.file.Path;

/** One output file, held until commit: bytes in memory, a source file to copy, or the file already there. */
public sealed interface StagedFile {

    /** The renderer that produced it. */
    String owner();

    record Bytes(String owner, byte[] content) implements StagedFile {
    }

    record Copy(String owner, Path file) implements StagedFile {
    }

    /**
     * The file the last build wrote at this path, kept as it is: an incremental build found that
     * what made it has not changed (the output folder was checked to be as that build left it).
     */
    record Kept(String owner) implements StagedFile {
    }
}
