package dev.quire.commit;

import dev.quire.error.QuireException;
import dev.quire.resolve.OutputPaths;
import dev.quire.spi.Output;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Every file the renderers produce in one build, by output path. Thread-safe. */
public final class Staging {

    private final Map<String, StagedFile> files = new ConcurrentHashMap<>();

    /** The {@link Output} a renderer writes through; it stamps each file with the renderer's name. */
    public Output outputFor(String renderer) {
        return new Output() {
            @Override
            public void write(String path, String text) {
                put(path, new StagedFile.Bytes(renderer, text.getBytes(StandardCharsets.UTF_8)));
            }

            @Override
            public void write(String path, byte[] bytes) {
                put(path, new StagedFile.Bytes(renderer, bytes.clone()));
            }

            @Override
            public void copy(String path, Path file) {
                put(path, new StagedFile.Copy(renderer, file));
            }
        };
    }

    /** Stages the file the last build wrote at {@code path} for {@code renderer}, to be left as it is. */
    public void keep(String renderer, String path) {
        put(path, new StagedFile.Kept(renderer));
    }

    private void put(String path, StagedFile file) {
        String confined;
        try {
            confined = OutputPaths.confine(path);
        } catch (IllegalArgumentException e) {
            throw new QuireException(null, "renderer '" + file.owner() + "' tried to write " + e.getMessage(),
                    "renderers must write relative paths inside the output folder");
        }
        StagedFile previous = files.putIfAbsent(confined, file);
        if (previous != null) {
            String who = previous.owner().equals(file.owner()) ? "renderer '" + file.owner() + "' twice"
                    : "renderers '" + previous.owner() + "' and '" + file.owner() + "'";
            throw new QuireException(null, "output file '" + confined + "' is written by " + who,
                    "give the documents different permalinks, or switch one renderer off");
        }
    }

    /** The staged files in path order. */
    public SortedMap<String, StagedFile> sorted() {
        return new TreeMap<>(files);
    }

    public int size() {
        return files.size();
    }
}
