package dev.quire.convert.liquid;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import liqp.antlr.CharStreamWithLocation;
import liqp.antlr.NameResolver;
import liqp.org.antlr.v4.runtime.CharStreams;

/**
 * Finds the file of {@code {% include name %}} as Jekyll does: exactly {@code _includes/name}, with
 * no extension added (Liqp's own resolver appends {@code .liquid} to a name without a dot, and reads
 * an absolute name as it is). An absolute name, a name with a {@code ..} part, and a file whose real
 * path (after symbolic links) is not inside the real source folder are refused. The file is checked
 * and then read by its real path, as UTF-8, so what is read is what was checked.
 *
 * <p>{@link #resolveRelative} does the same for {@code {% include_relative name %}}, from the folder
 * of the including file.
 */
final class IncludeResolver implements NameResolver {

    private final Path source;
    private final Path includes;

    /** {@code source} is the site's source folder, {@code includes} its {@code _includes} folder. */
    IncludeResolver(Path source, Path includes) {
        this.source = source.toAbsolutePath().normalize();
        this.includes = includes.toAbsolutePath().normalize();
    }

    @Override
    public CharStreamWithLocation resolve(String name) throws IOException {
        return read(name, includes);
    }

    /** The file {@code name} in {@code folder}, the folder of the file holding the tag. */
    CharStreamWithLocation resolveRelative(String name, Path folder) throws IOException {
        Path from = folder.toAbsolutePath().normalize();
        if (!from.startsWith(source)) {
            throw new IOException("the including file is not inside the source folder");
        }
        CharStreamWithLocation read = read(name, from);
        // Any file of the site may be included: an incremental build compares its text next time.
        dev.quire.model.Reads.record(dev.quire.model.Reads.FILE_OWNER + shown(read.path), dev.quire.model.Reads.TEXT);
        return read;
    }

    private CharStreamWithLocation read(String name, Path folder) throws IOException {
        String where = shown(folder);
        if (name == null || name.isBlank()) {
            throw new IOException("no file name given");
        }
        Path relative;
        try {
            relative = Path.of(name);
        } catch (InvalidPathException e) {
            throw new IOException("'" + name + "' is not a valid file name", e);
        }
        if (relative.isAbsolute() || relative.getRoot() != null || name.startsWith("/") || name.startsWith("\\")) {
            throw new IOException("an absolute path is not allowed: name a file inside " + where);
        }
        for (Path part : relative) {
            if (part.toString().equals("..")) {
                throw new IOException("'..' is not allowed: name a file inside " + where);
            }
        }
        Path target = folder.resolve(relative).normalize();
        if (!target.startsWith(folder)) {
            throw new IOException("the name leads out of " + where);
        }
        String shown = shown(target);
        if (!Files.exists(target)) {
            throw new IOException(shown + " not found");
        }
        Path real = target.toRealPath();
        if (!real.startsWith(source.toRealPath())) {
            throw new IOException(shown + " leads outside the source folder");
        }
        if (!Files.isRegularFile(real)) {
            throw new IOException(shown + " is not a file");
        }
        String text;
        try {
            text = Files.readString(real, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(shown + " is not valid UTF-8", e);
        }
        return new CharStreamWithLocation(CharStreams.fromString(TagMarkup.protect(text), target.toString()), target);
    }

    /** A path as the user knows it: relative to the source folder, with {@code /}. */
    private String shown(Path path) {
        String relative = source.relativize(path).toString().replace('\\', '/');
        return relative.isEmpty() ? "the source folder" : relative;
    }
}
