package dev.quire.renderers.feed;

import java.util.Objects;

/**
 * One Atom feed to write, as jekyll-feed makes one page per feed: a collection's feed, optionally
 * of one category, or (for posts) of one tag.
 *
 * @param path       where it is written, as configured ({@code /feed.xml}, {@code feed/news.xml})
 * @param collection the collection whose documents it lists ({@code posts} for tag feeds)
 * @param category   the category its entries must have, or {@code null}
 * @param tag        the tag its entries must have, or {@code null}
 */
public record Feed(String path, String collection, String category, String tag) {

    public Feed {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(collection, "collection");
    }

    /** The feed's URL, without the base URL: the path with a leading {@code /}. */
    public String url() {
        return path.startsWith("/") ? path : "/" + path;
    }

    /** The output file, relative to the output folder. */
    public String outputPath() {
        return url().substring(1);
    }
}
