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
        return percentEncode(path.getBytes(StandardCharsets.UTF_8), KEPT, false);
    }

    /**
     * Percent-encodes what may not stand in a URL's path, query or fragment, as Addressable's
     * {@code normalize} does for Jekyll's {@code relative_url}: {@code /a b/} becomes
     * {@code /a%20b/}; {@code %XX} already there, reserved and unreserved characters are kept.
     */
    public static String normalizeReference(String url) {
        StringBuilder out = new StringBuilder(url.length() + 8);
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            boolean escape = c == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0;
            if (escape) {
                out.append('%').append(Character.toUpperCase((char) bytes[i + 1]))
                        .append(Character.toUpperCase((char) bytes[i + 2]));
                i += 2;
            } else if (c < 0x80 && (isAsciiLetterOrDigit(c) || REFERENCE_KEPT.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static final String REFERENCE_KEPT = KEPT + "?#[]";

    /** Decodes {@code %XX} sequences (a {@code +} stays a {@code +}). */
    public static String unescapePath(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        return new String(percentDecode(path.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /**
     * Percent-encodes every byte but ASCII letters, digits and the characters of {@code kept};
     * with {@code spaceAsPlus}, a space becomes {@code +} (form encoding, Ruby's {@code CGI.escape}).
     */
    public static String percentEncode(byte[] bytes, String kept, boolean spaceAsPlus) {
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c < 0x80 && (isAsciiLetterOrDigit(c) || kept.indexOf(c) >= 0)) {
                out.append((char) c);
            } else if (c == ' ' && spaceAsPlus) {
                out.append('+');
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** Decodes the {@code %XX} sequences of a byte string; anything else is kept as it is. */
    public static byte[] percentDecode(byte[] bytes) {
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                decoded.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                decoded.write(bytes[i]);
            }
        }
        return decoded.toByteArray();
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static int hex(byte b) {
        return Character.digit((char) (b & 0xff), 16);
    }
}
