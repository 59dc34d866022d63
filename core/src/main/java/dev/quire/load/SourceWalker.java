package dev.quire.load;

import dev.quire.error.Problems;
import dev.quire.model.SourceFile;
import dev.quire.util.RealPaths;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the regular files of the source folder once, sorted by path. Symbolic links are not
 * followed; a linked file whose target lies outside the source root is skipped with a warning.
 * Version-control folders and the given folders (the output and state folders, when they lie
 * inside the source) are not walked.
 */
public final class SourceWalker {

    private final Path root;
    private final Path realRoot;
    private final Set<Path> skipped = new HashSet<>();

    public SourceWalker(Path root) throws IOException {
        this(root, List.of());
    }

    /** A walker that does not enter the given folders (compared on real paths; others are ignored). */
    public SourceWalker(Path root, Collection<Path> skippedFolders) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        for (Path folder : skippedFolders) {
            Path real = RealPaths.of(folder);
            if (real.startsWith(realRoot) && !real.equals(realRoot)) {
                skipped.add(this.root.resolve(realRoot.relativize(real)));
            }
        }
    }

    public List<SourceFile> walk(Problems problems) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean vcs = !dir.equals(root) && (name.equals(".git") || name.equals(".svn") || name.equals(".hg"));
                return vcs || skipped.contains(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                SourceFile source = new SourceFile(root, relative(file));
                if (attrs.isSymbolicLink()) {
                    if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(realRoot)) {
                        problems.warn(source.location(), "symbolic link leads outside the source folder or to a folder; skipped",
                                "copy the file into the source folder");
                        return FileVisitResult.CONTINUE;
                    }
                } else if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                files.add(source);
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
