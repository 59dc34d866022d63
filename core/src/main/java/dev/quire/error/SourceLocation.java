package dev.quire.error;

/**
 * Where a problem is: a file relative to the source root (with {@code /} separators), and the
 * 1-based line and column inside it when known (0 when not).
 */
public record SourceLocation(String file, int line, int column) {

    public SourceLocation {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("a source location needs a file");
        }
        line = Math.max(0, line);
        column = line == 0 ? 0 : Math.max(0, column);
    }

    public static SourceLocation of(String file) {
        return new SourceLocation(file, 0, 0);
    }

    public static SourceLocation of(String file, int line) {
        return new SourceLocation(file, line, 0);
    }

    /** The compiler-style form {@code file:line:column}, leaving out what is unknown. */
    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
