package dev.quire.serve;

import dev.quire.build.BuildResult;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Hears what the dev server does, to log it. Builds are reported from the server's build thread. */
public interface ServeListener {

    /** The server answers at this address (the first build is done). */
    void serving(URI address);

    /** A build succeeded; {@code changes} is what started it ({@link Changes#all()} for the first). */
    void built(Changes changes, BuildResult result, Duration time);

    /** A build failed; the output folder holds the last good build. Each error is one printable line. */
    void failed(Changes changes, List<String> errors);

    /** Something the user should know that is not a build error, such as a folder that cannot be watched. */
    default void warning(String message) {
    }
}
