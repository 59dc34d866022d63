package dev.quire.load;

import dev.quire.error.Problems;
import dev.quire.error.QuireException;
import dev.quire.model.SourceFile;
import dev.quire.spi.FrontMatterFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a file into YAML front matter and body, by Jekyll's rules.
 *
 * <ul>
 *   <li>A file has front matter when its first line is {@code ---}, optionally followed by
 *       whitespace (Jekyll's {@code Utils.has_yaml_header?}: {@code \A---\s*\r?\n}). {@code ----},
 *       {@code ---x} or a file that is only {@code ---} without a line end have none.</li>
 *   <li>The front matter runs to the next line that is {@code ---} or {@code ...}.</li>
 *   <li>When no such line follows, the front matter is not closed: as in Jekyll, the front matter
 *       is empty and the whole file is the body. The file still counts as having front matter
 *       (it is a page, not a static file); {@link #isUnclosed} tells the loader to warn.</li>
 * </ul>
 */
public final class FrontMatterReader {

    /** How much of a file {@link #startsWithFrontMatter} reads at most to find the first line. */
    public static final int FIRST_LINE_LIMIT = 1024;

    private static final Pattern FRONT_MATTER = Pattern.compile(
            "\\A---[ \\t\\r\\f\\x0B]*\\n(.*?)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern EMPTY_FRONT_MATTER = Pattern.compile(
            "\\A---[ \\t\\r\\f\\x0B]*\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)");

    /**
     * Whether the file's first line opens front matter. Reads only the first line, and at most
     * {@value #FIRST_LINE_LIMIT} bytes of it: a longer first line is not {@code ---}. The bytes are
     * compared as they are, as Jekyll does, so a byte order mark before {@code ---} is not
     * front matter here.
     */
    public static boolean startsWithFrontMatter(SourceFile file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file.absolute())) {
            start = in.readNBytes(FIRST_LINE_LIMIT);
        }
        return opensFrontMatter(new String(start, StandardCharsets.ISO_8859_1));
    }

    /** Whether the text's first line is {@code ---} and optional whitespace, ended by a line feed. */
    public static boolean opensFrontMatter(CharSequence text) {
        if (text.length() < 4 || text.charAt(0) != '-' || text.charAt(1) != '-' || text.charAt(2) != '-') {
            return false;
        }
        for (int i = 3; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            // Ruby's \s: space, tab, carriage return, form feed, vertical tab
            if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\u000B') {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@link #parse} found a first line {@code ---} but no line closing the front matter,
     * and so made the whole file the body.
     */
    public static boolean isUnclosed(FrontMatterFile read) {
        // closed front matter takes at least two lines, so its body never starts on line 1
        return read.hasFrontMatter() && read.bodyLine() == 1;
    }

    public FrontMatterFile read(SourceFile file) throws IOException {
        return parse(file, Utf8.decode(Files.readAllBytes(file.absolute()), file.path()));
    }

    /**
     * Reads a file as Jekyll does without {@code strict_front_matter}: front matter that is not
     * valid YAML is reported as a warning (with its line and column) and left out, and the body is
     * used alone.
     */
    public FrontMatterFile readLenient(SourceFile file, Problems problems) throws IOException {
        String text = Utf8.decode(Files.readAllBytes(file.absolute()), file.path());
        try {
            return parse(file, text);
        } catch (QuireException e) {
            FrontMatterFile withoutYaml = split(file, text, yaml -> Map.of());
            problems.warn(e.problem().location(), e.problem().message(), "this file's front matter is left out, as"
                    + " strict_front_matter is false in _config.yml; fix the YAML to use it");
            return withoutYaml;
        }
    }

    /** Splits already-read text; public for tests and for loaders that read text themselves. */
    public FrontMatterFile parse(SourceFile file, String text) {
        return split(file, text, yaml -> Yaml.parseMapping(yaml, file.path(), 2));
    }

    private FrontMatterFile split(SourceFile file, String text,
            java.util.function.Function<String, Map<String, Object>> yamlParser) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!opensFrontMatter(text)) {
            return new FrontMatterFile(file, Map.of(), false, 1, text);
        }
        Matcher empty = EMPTY_FRONT_MATTER.matcher(text);
        if (empty.lookingAt()) {
            return new FrontMatterFile(file, Map.of(), true, 3, text.substring(empty.end()));
        }
        Matcher matcher = FRONT_MATTER.matcher(text);
        if (!matcher.lookingAt()) {
            return new FrontMatterFile(file, Map.of(), true, 1, text);
        }
        String yaml = matcher.group(1);
        Map<String, Object> frontMatter = yamlParser.apply(yaml);
        int bodyLine = 2 + countLines(yaml) + 1;
        return new FrontMatterFile(file, frontMatter, true, bodyLine, text.substring(matcher.end()));
    }

    private static int countLines(String text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
