package dev.quire.load;

import dev.quire.error.QuireException;
import dev.quire.model.SourceFile;
import dev.quire.spi.FrontMatterFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a file into YAML front matter and body, by Jekyll's rule: the file starts with a line
 * {@code ---}, and the front matter runs to the next line that is {@code ---} or {@code ...}.
 */
public final class FrontMatterReader {

    private static final Pattern FRONT_MATTER = Pattern.compile(
            "\\A(---[ \\t]*\\r?\\n)(.*?)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern EMPTY_FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)");
    private static final byte[] MARKER = "---".getBytes(StandardCharsets.US_ASCII);

    /** Whether the file starts with {@code ---}: reads only its first bytes. */
    public static boolean startsWithFrontMatter(SourceFile file) throws IOException {
        try (InputStream in = Files.newInputStream(file.absolute())) {
            byte[] start = in.readNBytes(MARKER.length);
            return Arrays.equals(start, MARKER);
        }
    }

    public FrontMatterFile read(SourceFile file) throws IOException {
        return parse(file, decode(file, Files.readAllBytes(file.absolute())));
    }

    /** Splits already-read text; public for tests and for loaders that read text themselves. */
    public FrontMatterFile parse(SourceFile file, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Matcher empty = EMPTY_FRONT_MATTER.matcher(text);
        if (empty.lookingAt()) {
            return new FrontMatterFile(file, Map.of(), true, 3, text.substring(empty.end()));
        }
        Matcher matcher = FRONT_MATTER.matcher(text);
        if (!text.startsWith("---") || !matcher.lookingAt()) {
            if (text.startsWith("---") && isMarkerLine(text)) {
                throw new QuireException(file.location(1, 1), "front matter is not closed",
                        "end the front matter with a line '---'");
            }
            return new FrontMatterFile(file, Map.of(), false, 1, text);
        }
        String yaml = matcher.group(2);
        Map<String, Object> frontMatter = Yaml.parseMapping(yaml, file.path(), 2);
        int bodyLine = 2 + countLines(yaml) + 1;
        return new FrontMatterFile(file, frontMatter, true, bodyLine, text.substring(matcher.end()));
    }

    private static boolean isMarkerLine(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        return first.equals("---");
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

    private static String decode(SourceFile file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new QuireException(file.location(), "the file is not valid UTF-8",
                    "save it as UTF-8");
        }
    }
}
