package dev.quire.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** URL-path helpers shared by the link walker and the test server. */
public final class UrlPath {

    private UrlPath() {
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8 bytes; a {@code +} stays a plus, as in a URL path (not a
     * form), and unescaped characters (a space written as is) are kept.
     *
     * @throws IllegalArgumentException on a broken escape such as {@code %2} or {@code %zz}
     */
    public static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            if (c == '%') {
                if (i + 3 > raw.length()) {
                    throw new IllegalArgumentException("incomplete %-escape at the end of " + raw);
                }
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                byte[] encoded = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
