package dev.quire.util;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Percent-encoding of URL paths as Jekyll's {@code URL.escape_path} and {@code unescape_path} do. */
public final class UrlPaths {

    private static final Pattern SAFE = Pattern.compile("^[a-zA-Z0-9./-]+$");
    private static final String KEPT = "-._~!$&'()*+,;=:@/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlPaths() {
    }

    /** Escapes everything but RFC 3986 path characters, as UTF-8. */
    public static String escapePath(String path) {
        if (path.isEmpty() || SAFE.matcher(path).matches()) {
            return path;
        }
        StringBuilder escaped = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0)) {
                escaped.append((char) c);
            } else {
                escaped.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return escaped.toString();
    }

    /** Decodes {@code %XX} sequences (a {@code +} stays a {@code +}). */
    public static String unescapePath(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && hex(path.charAt(i + 1)) >= 0 && hex(path.charAt(i + 2)) >= 0) {
                bytes.write(hex(path.charAt(i + 1)) * 16 + hex(path.charAt(i + 2)));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < path.length()) {
                    encoded = path.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
