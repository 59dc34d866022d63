package dev.quire.incremental;

import dev.quire.build.BuildOptions;
import dev.quire.error.Problems;
import dev.quire.load.FrontMatterReader;
import dev.quire.load.SourceWalker;
import dev.quire.model.SourceFile;
import dev.quire.model.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Everything a build reads, each named by a key and summed up in a value, so that two equal
 * fingerprints mean a build would read the same inputs: every file of the source folder as the
 * build walks it (SHA-256 of its bytes; files the configuration excludes too, which only costs a
 * needless rebuild), configuration files given apart from the source, the build options, the
 * themes' files on disk, the plugins found and the class path they come from (size and
 * modification time of each jar or class file: Quire's and the plugins' code and the themes inside
 * jars), and the Java version. Keys are sorted, so the fingerprint does not depend on file-system
 * order or thread count.
 */
public final class InputFingerprint {

    /** Changes when the meaning of a fingerprint or of the state file changes. */
    static final String FORMAT = "2";

    /** The prefix of a source file's key, before its path in the source folder. */
    static final String SOURCE = "source:";

    private InputFingerprint() {
    }

    /**
     * @param options       the build's options (source, output and state folders, configuration files, overrides, time)
     * @param themes        the themes plugins offer (their files on disk are hashed; those in jars are
     *                      covered by the class path)
     * @param plugins       the plugins the build will use
     * @param pluginLoader  the class loader the plugins come from
     */
    public static SortedMap<String, String> compute(BuildOptions options, Collection<Theme> themes,
            List<?> plugins, ClassLoader pluginLoader) throws IOException {
        Map<String, String> entries = new ConcurrentHashMap<>();
        entries.put("quire:format", FORMAT);
        entries.put("java:version", System.getProperty("java.version", ""));
        // Every option, so that one a front end adds later counts without a change here; the
        // thread count does not change the output.
        entries.put("options", options.withThreads(1).toString());
        entries.put("plugins", plugins.stream().map(p -> p.getClass().getName()).sorted().toList().toString());
        for (Path file : options.configFiles()) {
            entries.put("config:" + file, Files.isRegularFile(file) ? sha256(file) : "missing");
        }
        Problems ignored = problem -> { }; // the build itself reports what the walk finds
        List<SourceFile> sources = new SourceWalker(options.source(),
                List.of(options.destination(), options.stateDirectory())).walk(ignored);
        hashAll(sources, SOURCE, entries);
        for (Theme theme : themes) {
            if (theme.root().getFileSystem() == FileSystems.getDefault() && Files.isDirectory(theme.root())) {
                hashAll(new SourceWalker(theme.root()).walk(ignored), "theme:" + theme.name() + ":", entries);
            }
        }
        for (Path entry : classPath(plugins, pluginLoader)) {
            entries.put("classpath:" + entry, stamp(entry));
        }
        return new TreeMap<>(entries);
    }

    private static void hashAll(List<SourceFile> files, String prefix, Map<String, String> entries) {
        try {
            files.parallelStream().forEach(file -> {
                try {
                    entries.put(prefix + file.path(), digest(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            // A file that vanished or cannot be read: the build will say so; never match a state.
            entries.put(prefix + "?unreadable", Long.toString(System.nanoTime()));
        }
    }

    /** The jars and class folders Quire and its plugins are loaded from. */
    static Set<Path> classPath(List<?> plugins, ClassLoader pluginLoader) {
        Set<Path> entries = new TreeSet<>();
        for (ClassLoader loader = pluginLoader; loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    addUrl(url, entries);
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        Stream.concat(Stream.of(InputFingerprint.class), plugins.stream().map(Object::getClass)).forEach(type -> {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                addUrl(source.getLocation(), entries);
            }
        });
        return entries;
    }

    private static void addUrl(URL url, Set<Path> entries) {
        if ("file".equals(url.getProtocol())) {
            try {
                entries.add(Path.of(url.toURI()).toAbsolutePath().normalize());
            } catch (URISyntaxException | IllegalArgumentException e) {
                entries.add(Path.of(url.getPath()));
            }
        }
    }

    /** Size and modification time of a jar; of every file below a class folder. */
    private static String stamp(Path entry) throws IOException {
        if (Files.isRegularFile(entry)) {
            return Files.size(entry) + "@" + Files.getLastModifiedTime(entry).toMillis();
        }
        if (!Files.isDirectory(entry)) {
            return "missing";
        }
        MessageDigest digest = newDigest();
        try (Stream<Path> files = Files.walk(entry)) {
            files.sorted().forEach(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        digest.update((entry.relativize(file) + "\0" + attributes.size() + "\0"
                                + attributes.lastModifiedTime().toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A source file's SHA-256; for a static file (no front matter) and a draft, its modification
     * time too: a clean build prints it (a static page's {@code lastmod} in the sitemap,
     * {@code site.static_files}, a draft's date), so touching one is a change. Other documents'
     * times never reach the output: saving one unchanged leaves the build skipped.
     */
    static String digest(SourceFile file) throws IOException {
        Path path = file.root().resolve(file.path());
        Hashed hashed = hash(path);
        boolean draft = java.util.Arrays.asList(file.path().split("/")).contains("_drafts");
        return hashed.frontMatter() && !draft ? hashed.sha256()
                : hashed.sha256() + "@" + Files.getLastModifiedTime(path).toMillis();
    }

    static String sha256(Path file) throws IOException {
        return hash(file).sha256();
    }

    /** A file's SHA-256, and whether its first line opens front matter (read on the way, not again). */
    private record Hashed(String sha256, boolean frontMatter) {
    }

    private static Hashed hash(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        boolean frontMatter;
        try (InputStream in = Files.newInputStream(file)) {
            int first = in.readNBytes(buffer, 0, buffer.length);
            frontMatter = FrontMatterReader.opensFrontMatter(
                    new String(buffer, 0, Math.min(first, FrontMatterReader.FIRST_LINE_LIMIT), StandardCharsets.ISO_8859_1));
            digest.update(buffer, 0, first);
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return new Hashed(HexFormat.of().formatHex(digest.digest()), frontMatter);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
