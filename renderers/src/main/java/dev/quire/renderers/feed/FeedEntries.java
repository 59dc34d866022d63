package dev.quire.renderers.feed;

import dev.quire.model.Collection;
import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The documents a feed lists, as jekyll-feed's template picks them: the tag's posts or the
 * collection's documents, those of the feed's category, newest first, at most {@code posts_limit}.
 */
final class FeedEntries {

    private FeedEntries() {
    }

    /**
     * @throws IllegalArgumentException when the feed names a collection the site does not have
     */
    static List<Document> of(Site site, Feed feed, int limit) {
        List<Document> documents;
        if (feed.tag() != null) {
            documents = site.tags().getOrDefault(feed.tag(), List.of());
        } else if (Collection.POSTS.equals(feed.collection())) {
            documents = site.posts();
        } else if (site.config().collection(feed.collection()).isPresent()) {
            documents = site.collection(feed.collection());
        } else {
            throw new IllegalArgumentException("no collection '" + feed.collection() + "'");
        }
        List<Document> selected = new ArrayList<>(documents.stream()
                .filter(document -> feed.category() == null || document.categories().contains(feed.category()))
                .toList());
        // sort: "date" | reverse: oldest first (a stable sort keeps the site's order among equal dates), then turned round
        SiteConfig config = site.config();
        selected.sort(Comparator.comparing(document -> date(document, config)));
        java.util.Collections.reverse(selected);
        return selected.subList(0, Math.max(0, Math.min(limit, selected.size())));
    }

    /** A document's date; Jekyll gives a document without one the site's time. */
    static ZonedDateTime date(Document document, SiteConfig config) {
        return document.date() != null ? document.date() : config.time();
    }
}
