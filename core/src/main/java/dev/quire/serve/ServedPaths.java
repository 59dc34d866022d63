package dev.quire.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps request paths to files of the output folder, as a static host does, and never to anything
 * outside it: a {@code ..} segment (written plainly or percent-encoded), a backslash, a NUL byte
 * or a malformed escape finds nothing, and a file whose real path (symbolic links followed) leaves
 * the output folder is not served.
 */
final class ServedPaths {

    /** What a request path names. */
    sealed interface Target {
    }

    /** A file to send. */
    record FileTarget(Path file) implements Target {
    }

    /** A folder asked for without its trailing slash: redirect there, so that relative links resolve. */
    record FolderRedirect(String location) implements Target {
    }

    /** Nothing (or nothing this server may serve). */
    record Missing() implements Target {
    }

    private final Path root;

    /** @param root the output folder; it need not exist yet */
    ServedPaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The target of a raw (still percent-encoded) request path below the mount point: a folder's
     * {@code index.html}, the file itself, or {@code name.html} for an extension-less {@code name}.
     */
    Target locate(String rawPath) {
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return new Missing();
        }
        String path = decoded.get();
        if (!path.startsWith("/") || path.indexOf('\0') >= 0 || path.contains("\\")) {
            return new Missing();
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                return new Missing();
            }
        }
        String relative = path.substring(1);
        Optional<Path> found = inside(relative);
        if (found.isPresent() && Files.isDirectory(found.get())) {
            if (!rawPath.endsWith("/")) {
                return new FolderRedirect(rawPath + "/");
            }
            return file(inside(relative + "index.html"));
        }
        if (found.isPresent()) {
            return file(found);
        }
        if (!path.endsWith("/") && !path.endsWith(".html")) {
            return file(inside(relative + ".html"));
        }
        return new Missing();
    }

    /** The site's own {@code 404.html}, if it has one. */
    Optional<Path> notFoundPage() {
        return inside("404.html").filter(Files::isRegularFile);
    }

    private static Target file(Optional<Path> path) {
        return path.filter(Files::isRegularFile).<Target>map(FileTarget::new).orElseGet(Missing::new);
    }

    /** The existing path, if it and its real path lie inside the output folder. */
    private Optional<Path> inside(String relative) {
        if (relative.startsWith("/")) {
            return Optional.empty();
        }
        try {
            Path candidate = root.resolve(relative).normalize();
            if (!candidate.startsWith(root) || !Files.exists(candidate)) {
                return Optional.empty();
            }
            Path real = candidate.toRealPath();
            return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }

    /** Percent-decodes a path as UTF-8 ({@code +} stays a plus); empty when an escape is malformed. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
