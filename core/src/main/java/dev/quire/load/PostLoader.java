package dev.quire.load;

import dev.quire.model.Document;
import dev.quire.model.DocumentKind;
import dev.quire.model.SourceFile;
import dev.quire.spi.FrontMatterFile;
import dev.quire.spi.LoadContext;
import dev.quire.spi.Loader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads posts: files under any {@code _posts} folder whose name carries a date, and, when drafts
 * are shown, files under {@code _drafts}. A file in {@code _posts} without a date in its name is
 * ignored, as Jekyll ignores it (and reported as a note for verbose output), and so are
 * {@code _posts} folders inside special folders.
 */
public final class PostLoader implements Loader {

    @Override
    public String name() {
        return "posts";
    }

    /**
     * Claims posts (and drafts when they are shown). A file in {@code _posts} without a date in its
     * name is not claimed; it is reported as a note, so that verbose output lists it.
     */
    @Override
    public boolean claims(SourceFile file, LoadContext context) {
        String path = context.config().collectionPath(file.path());
        if (path == null) {
            return false; // with collections_dir, posts are read only below it
        }
        SourceFile relative = file.sibling(path);
        Optional<PostPath> parsed = PostPath.parse(relative);
        if (parsed.isEmpty()) {
            PostPath.undatedPostCategories(relative)
                    .filter(categories -> !underSpecialFolder(file, categories, context))
                    .ifPresent(categories -> context.problems().info(file.location(),
                            "skipped: a file in _posts needs a date in its name to be a post",
                            "name it YYYY-MM-DD-title" + file.extension() + " to publish it"));
            return false;
        }
        PostPath post = parsed.get();
        return (!post.draft() || context.config().showDrafts()) && !underSpecialFolder(file, post.categories(), context);
    }

    /**
     * Jekyll looks for {@code _posts} and {@code _drafts} only in the folders its reader walks, and
     * it does not walk into special folders ({@code _x}, {@code .x}, ... unless in {@code include:}):
     * {@code _hidden/_posts/2019-05-21-a.md} is not a post.
     */
    private static boolean underSpecialFolder(SourceFile file, List<String> categories, LoadContext context) {
        return !categories.isEmpty()
                && context.isSpecial(file.sibling(String.join("/", categories)));
    }

    @Override
    public void load(SourceFile file, LoadContext context) throws IOException {
        FrontMatterFile read = context.read(file);
        Map<String, Object> frontMatter = read.frontMatter();
        if (PostPath.parse(file).orElseThrow().draft()) {
            frontMatter = new LinkedHashMap<>(frontMatter);
            frontMatter.put("draft", true);
        }
        String extension = context.config().isMarkdown(file) ? ".html" : file.extension();
        context.addDocument(Document.loaded(file, DocumentKind.POST, frontMatter, read.bodyLine(), read.body(), extension));
    }
}
