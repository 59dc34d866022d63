package dev.quire.model;

/** What a document is, which decides its permalink rules and where it is listed. */
public enum DocumentKind {
    /** A dated entry of the {@code posts} collection, from {@code _posts} (or {@code _drafts}). */
    POST,
    /** Any other file with front matter, outside the special folders. */
    PAGE
}
