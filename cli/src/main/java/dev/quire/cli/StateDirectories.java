package dev.quire.cli;

import dev.quire.util.RealPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where the command line keeps a site's state (the manifest of the files Quire wrote) by default:
 * a per-user cache folder, one subfolder per output folder, so that it is neither published nor
 * left in the user's source folder. {@code $XDG_CACHE_HOME/quire/HASH}, else
 * {@code ~/.cache/quire/HASH}, where HASH is derived from the output folder's real absolute path.
 */
final class StateDirectories {

    private StateDirectories() {
    }

    static Path forDestination(Path destination, Map<String, String> environment) throws IOException {
        return cacheRoot(environment).resolve("quire").resolve(key(RealPaths.of(destination)));
    }

    /** The XDG cache folder; a relative {@code XDG_CACHE_HOME} is ignored, as the XDG specification says. */
    static Path cacheRoot(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".cache");
    }

    /** 16 hex digits of the SHA-256 of the path: stable across runs, distinct per output folder. */
    static String key(Path destination) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(destination.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
