package dev.quire.load;

import dev.quire.model.SourceFile;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a post's path says: the folders above {@code _posts} (its path categories), the date and
 * slug of its file name (Jekyll's {@code DATE_FILENAME_MATCHER}), and whether it is a draft.
 *
 * @param categories the folders above {@code _posts} or {@code _drafts}, in order
 * @param date       {@code YYYY-MM-DD} as written (2–4 digit year, 1–2 digit month and day), or
 *                   {@code null} for drafts
 * @param slug       the file name after the date, without extension, trailing dots stripped
 * @param draft      whether the file is in {@code _drafts}
 */
public record PostPath(List<String> categories, String date, String slug, boolean draft) {

    private static final Pattern DATED = Pattern.compile("^(?:.+/)*?(\\d{2,4}-\\d{1,2}-\\d{1,2})-([^/]*)(\\.[^.]+)$");
    private static final Pattern UNDATED = Pattern.compile("^(?:.+/)*?([^/]*)(\\.[^.]+)$");

    public static Optional<PostPath> parse(SourceFile file) {
        String path = file.path();
        int posts = folderIndex(path, "_posts");
        int drafts = folderIndex(path, "_drafts");
        boolean draft = posts < 0 && drafts >= 0;
        int index = draft ? drafts : posts;
        if (index < 0) {
            return Optional.empty();
        }
        String above = path.substring(0, index);
        String below = path.substring(index + (draft ? "_drafts/" : "_posts/").length());
        if (isFilteredEntry(below)) {
            return Optional.empty();
        }
        List<String> categories = above.isEmpty() ? List.of() : List.of(above.substring(0, above.length() - 1).split("/"));
        if (draft) {
            Matcher dated = DATED.matcher(below);
            if (dated.matches()) {
                return Optional.of(new PostPath(categories, dated.group(1), stripDots(dated.group(2)), true));
            }
            Matcher m = UNDATED.matcher(below);
            return m.matches() ? Optional.of(new PostPath(categories, null, stripDots(m.group(1)), true)) : Optional.empty();
        }
        Matcher m = DATED.matcher(below);
        return m.matches() ? Optional.of(new PostPath(categories, m.group(1), stripDots(m.group(2)), false)) : Optional.empty();
    }

    /**
     * What the path of a document inside another collection's folder ({@code sub/2020-03-04-x.md},
     * below {@code _recipes}) says: Jekyll reads a date and slug from it as from a post's name when
     * it has one, else the slug is the file name.
     */
    public static PostPath ofCollectionPath(String pathInside) {
        Matcher dated = DATED.matcher(pathInside);
        if (dated.matches()) {
            return new PostPath(List.of(), dated.group(1), stripDots(dated.group(2)), false);
        }
        Matcher undated = UNDATED.matcher(pathInside);
        String name = pathInside.substring(pathInside.lastIndexOf('/') + 1);
        return new PostPath(List.of(), null, stripDots(undated.matches() ? undated.group(1) : name), false);
    }

    /**
     * The path categories of a file in {@code _posts} whose name carries no date, which Jekyll
     * skips silently; empty for every other file (posts, drafts, filtered entries, other folders).
     */
    public static Optional<List<String>> undatedPostCategories(SourceFile file) {
        String path = file.path();
        int posts = folderIndex(path, "_posts");
        if (posts < 0) {
            return Optional.empty();
        }
        String below = path.substring(posts + "_posts/".length());
        if (isFilteredEntry(below) || DATED.matcher(below).matches()) {
            return Optional.empty();
        }
        String above = path.substring(0, posts);
        return Optional.of(above.isEmpty() ? List.of() : List.of(above.substring(0, above.length() - 1).split("/")));
    }

    /**
     * Jekyll's entry filter inside {@code _posts} and {@code _drafts}: an entry whose path or file
     * name starts with {@code .}, {@code _}, {@code #} or {@code ~}, or that ends with {@code ~}
     * (an editor backup), is not read.
     */
    public static boolean isFilteredEntry(String below) {
        String name = below.substring(below.lastIndexOf('/') + 1);
        return below.endsWith("~") || isSpecialStart(below) || isSpecialStart(name);
    }

    private static boolean isSpecialStart(String name) {
        return !name.isEmpty() && ".#_~".indexOf(name.charAt(0)) >= 0;
    }

    /** Offset of the first path segment named {@code folder}, or -1. */
    private static int folderIndex(String path, String folder) {
        if (path.startsWith(folder + "/")) {
            return 0;
        }
        int index = path.indexOf("/" + folder + "/");
        return index < 0 ? -1 : index + 1;
    }

    private static String stripDots(String slug) {
        int end = slug.length();
        while (end > 0 && slug.charAt(end - 1) == '.') {
            end--;
        }
        return slug.substring(0, end);
    }
}
