package dev.quire.model;

/**
 * What a document is, which decides its permalink rules and where it is listed: a page, or a
 * document of a collection ({@code posts} or one configured under {@code collections:}).
 *
 * @param collection the collection's label, or {@code null} for a page
 */
public record DocumentKind(String collection) {

    /** Any file with front matter outside the special folders. */
    public static final DocumentKind PAGE = new DocumentKind(null);

    /** A dated entry of the {@code posts} collection, from {@code _posts} (or {@code _drafts}). */
    public static final DocumentKind POST = new DocumentKind(Collection.POSTS);

    /** A document of the collection with this label. */
    public static DocumentKind in(String collection) {
        return Collection.POSTS.equals(collection) ? POST : new DocumentKind(java.util.Objects.requireNonNull(collection));
    }

    public boolean isPage() {
        return collection == null;
    }

    public boolean isPost() {
        return Collection.POSTS.equals(collection);
    }
}
