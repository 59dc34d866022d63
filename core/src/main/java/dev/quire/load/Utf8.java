package dev.quire.load;

import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of source files: a malformed byte is an error at its line and column. */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * Decodes the bytes of a source file.
     *
     * @param bytes the file's content
     * @param file  the file, relative to the source root, for the message
     * @throws QuireException naming the file, line and column of the first byte that is not UTF-8
     */
    public static String decode(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes, so the buffer cannot overflow
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new QuireException(locate(out, file), "the file is not valid UTF-8",
                    "save it as UTF-8 (most editors offer the encoding in their 'Save as' dialog)");
        }
        return out.flip().toString();
    }

    /** The position after the last char decoded, which is where the bad byte is. */
    private static SourceLocation locate(CharBuffer decoded, String file) {
        String before = decoded.flip().toString();
        int lineStart = before.lastIndexOf('\n') + 1;
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        return new SourceLocation(file, line, before.codePointCount(lineStart, before.length()) + 1);
    }
}
