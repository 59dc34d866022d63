package dev.quire.renderers.feed;

import dev.quire.model.Collection;
import dev.quire.model.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which feeds a site gets, by jekyll-feed 0.17.0's generator: one per configured collection
 * ({@code posts} always), one per category listed for it, and with {@code tags:} one per post tag.
 * A feed whose path names a file of the site's source is left to that file, as jekyll-feed leaves
 * it; so is one whose output another document or static file of the site writes.
 */
final class FeedPlanner {

    /** jekyll-feed keeps tag feed paths simple: tags with other characters get no feed. */
    private static final Pattern SIMPLE_TAG = Pattern.compile("[a-zA-Z0-9_]+");

    private FeedPlanner() {
    }

    static List<Feed> plan(Site site, FeedOptions options) {
        Set<String> written = writtenPaths(site);
        List<Feed> feeds = new ArrayList<>();
        collections(options).forEach((label, settings) -> {
            for (String category : settings.categories()) {
                feeds.add(new Feed(prefix(label) + "/" + category + ".xml", label, category, null));
            }
            String path = settings.path() != null ? settings.path() : prefix(label) + ".xml";
            feeds.add(new Feed(path, label, null, null));
        });
        FeedOptions.TagFeeds tags = options.tags();
        if (tags.enabled() && !site.tags().isEmpty()) {
            Set<String> pool = new LinkedHashSet<>(tags.only() != null ? tags.only() : site.tags().keySet());
            pool.removeAll(tags.except());
            for (String tag : pool) {
                if (SIMPLE_TAG.matcher(tag).matches()) {
                    feeds.add(new Feed(tags.path() + tag + ".xml", Collection.POSTS, null, tag));
                }
            }
        }
        return feeds.stream().filter(feed -> !existsInSource(site, feed) && !written.contains(feed.outputPath()))
                .toList();
    }

    /**
     * The collections with feeds, {@code posts} first unless listed, with the top-level
     * {@code path} and {@code categories} as the posts' settings when they set none of their own.
     */
    static Map<String, FeedOptions.CollectionFeed> collections(FeedOptions options) {
        Map<String, FeedOptions.CollectionFeed> byLabel = new LinkedHashMap<>(options.collections().byLabel());
        FeedOptions.CollectionFeed posts = byLabel.getOrDefault(Collection.POSTS, FeedOptions.CollectionFeed.DEFAULTS);
        byLabel.put(Collection.POSTS, new FeedOptions.CollectionFeed(
                posts.path() != null ? posts.path() : options.path(),
                posts.categories().isEmpty() ? options.categories() : posts.categories()));
        return byLabel;
    }

    private static String prefix(String collection) {
        return Collection.POSTS.equals(collection) ? "/feed" : "/feed/" + collection;
    }

    /** jekyll-feed's {@code file_exists?}: a file of the source at the feed's path. */
    private static boolean existsInSource(Site site, Feed feed) {
        Path source = site.config().source();
        Path file = source.resolve(feed.outputPath()).normalize();
        return file.startsWith(source) && Files.exists(file);
    }

    private static Set<String> writtenPaths(Site site) {
        Set<String> paths = new java.util.HashSet<>();
        site.outputDocuments().forEach(document -> paths.add(document.route().outputPath()));
        site.outputStaticFiles().forEach(file -> paths.add(file.outputPath()));
        return paths;
    }
}
