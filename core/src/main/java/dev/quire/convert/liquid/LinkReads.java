package dev.quire.convert.liquid;

import dev.quire.model.Site;
import java.util.List;

/**
 * What {@code link} and {@code post_url} read, for an incremental build: a document using them
 * records one read of the whole link table, and is converted again when the table of the next
 * build differs (a permalink changed, a post was renamed).
 */
public final class LinkReads {

    /** The owner of the read. */
    public static final String OWNER = "links";
    /** Its one key. */
    public static final String KEY = "table";

    private LinkReads() {
    }

    /** The link table of {@code site}, as a value to compare: the posts as {@code post_url} sees them, and every URL by path. */
    public static Object valueOf(Site site) {
        SiteLinks links = SiteLinks.of(site);
        return List.of(links.posts().stream().map(SiteLinks.Post::toString).toList(), links.urls());
    }
}
