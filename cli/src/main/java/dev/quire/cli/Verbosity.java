package dev.quire.cli;

/** How much the command prints: errors are always printed. */
enum Verbosity {
    /** Errors only. */
    QUIET,
    /** Warnings and the final "Site written to" line. */
    NORMAL,
    /** Also the folders, one line per phase, and the files skipped on purpose. */
    VERBOSE
}
