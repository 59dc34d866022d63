package dev.quire.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a source folder and its subfolders (and single files elsewhere, such as configuration
 * files given by path) with the JDK's {@link WatchService}, and feeds a {@link ChangeBatcher}.
 * {@code WatchService} watches one folder per registration, so every folder is registered, and a
 * folder created later is registered when its creation is seen (its files so far count as
 * changed). A lost event ({@code OVERFLOW}) or a folder that cannot be registered makes the next
 * batch a full build. Ignored folders (the output and state folders, {@code .git}) are never
 * registered, so a build's own writes do not trigger another build.
 */
final class SourceWatcher implements AutoCloseable {

    private static final Set<String> IGNORED_NAMES = Set.of(".git", ".hg", ".svn");

    private final WatchService service;
    private final ChangeBatcher batcher;
    private final List<Path> ignored;
    private final Set<Path> singleFiles;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    /** Folders watched with all their entries (the others are watched for single files in them). */
    private final Set<Path> treeFolders = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private final Consumer<String> warnings;

    /**
     * @param root        the folder to watch with all its subfolders
     * @param singleFiles files outside {@code root} to watch too (their parent folders are watched for them only)
     * @param ignored     folders inside {@code root} not to watch
     */
    SourceWatcher(Path root, Set<Path> singleFiles, List<Path> ignored, ChangeBatcher batcher) throws IOException {
        this(root, singleFiles, ignored, batcher, message -> { });
    }

    /** @param warnings hears about folders that cannot be watched (such as the system's limit of watches reached) */
    SourceWatcher(Path root, Set<Path> singleFiles, List<Path> ignored, ChangeBatcher batcher,
            Consumer<String> warnings) throws IOException {
        this.service = root.getFileSystem().newWatchService();
        this.batcher = batcher;
        this.warnings = warnings;
        this.ignored = ignored.stream().map(path -> path.toAbsolutePath().normalize()).toList();
        this.singleFiles = Set.copyOf(singleFiles.stream().map(path -> path.toAbsolutePath().normalize()).toList());
        registerTree(root.toAbsolutePath().normalize(), false);
        for (Path file : this.singleFiles) {
            Path parent = file.getParent();
            if (parent != null && !folders.containsValue(parent)) {
                register(parent);
            }
        }
        this.thread = new Thread(this::run, "quire-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private boolean isIgnored(Path folder) {
        return ignored.stream().anyMatch(folder::startsWith)
                || (folder.getFileName() != null && IGNORED_NAMES.contains(folder.getFileName().toString()));
    }

    /** Registers the folder and its subfolders; with {@code reportFiles}, their files count as changed. */
    void registerTree(Path top, boolean reportFiles) {
        if (isIgnored(top)) {
            return;
        }
        try (Stream<Path> entries = Files.list(top)) {
            register(top);
            treeFolders.add(top);
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(entry, reportFiles);
                } else if (reportFiles) {
                    batcher.changed(entry);
                }
            }
        } catch (NoSuchFileException e) {
            // Deleted while being walked: its deletion is an event of the parent folder.
        } catch (IOException | UncheckedIOException e) {
            warnings.accept("Changes in " + top + " will not be seen: it cannot be watched (" + e.getMessage()
                    + "); on Linux, a limit of inotify watches may be reached (sysctl fs.inotify.max_user_watches)");
            batcher.lostTrack();
        }
    }

    private void register(Path folder) throws IOException {
        folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    handle(folder, event);
                }
                if (!key.reset()) {
                    folders.remove(key);
                    if (!folders.containsValue(folder)) {
                        treeFolders.remove(folder);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed.
        }
    }

    void handle(Path folder, WatchEvent<?> event) {
        if (event.kind() == OVERFLOW || folder == null) {
            batcher.lostTrack();
            return;
        }
        Path path = folder.resolve((Path) event.context());
        if (!treeFolders.contains(folder)) {
            if (singleFiles.contains(path)) {
                batcher.changed(path);
            }
            return;
        }
        if (isIgnored(path)) {
            return;
        }
        if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            registerTree(path, true);
        }
        batcher.changed(path);
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }

}
