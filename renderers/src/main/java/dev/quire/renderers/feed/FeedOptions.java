package dev.quire.renderers.feed;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.quire.spi.OptionsKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code feed:} section of {@code _config.yml}, with jekyll-feed 0.17.0's keys and defaults.
 *
 * @param enabled     {@code feed: false} writes no feed (as {@code quire: {disable: [feed]}})
 * @param path        the posts feed's path ({@code feed.xml})
 * @param postsLimit  the newest entries each feed holds (10)
 * @param excerptOnly entries without {@code <content>} (a post's {@code feed: {excerpt_only: ...}} may say so too)
 * @param categories  post categories that get a feed each, at {@code feed/<category>.xml}
 * @param tags        per-tag feeds: {@code true}, or {@code {only, except, path}}
 * @param collections collections that get feeds: a list of labels, or a map of label to {@code {path, categories}}
 */
public record FeedOptions(boolean enabled, String path, int postsLimit, boolean excerptOnly, List<String> categories,
        TagFeeds tags, CollectionFeeds collections) {

    public static final OptionsKey<FeedOptions> KEY = OptionsKey.of("feed", FeedOptions.class,
            new FeedOptions(true, null, 10, false, List.of(), TagFeeds.OFF, CollectionFeeds.NONE));

    public FeedOptions {
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? TagFeeds.OFF : tags;
        collections = collections == null ? CollectionFeeds.NONE : collections;
    }

    /**
     * {@code tags:} of jekyll-feed: {@code true} for a feed per tag, or a mapping (which also switches
     * them on) with {@code only} (the tags, default all), {@code except} and {@code path} (the folder,
     * default {@code /feed/by_tag/}).
     */
    public record TagFeeds(boolean enabled, List<String> only, List<String> except, String path) {

        public static final String DEFAULT_PATH = "/feed/by_tag/";
        public static final TagFeeds OFF = new TagFeeds(false, null, List.of(), DEFAULT_PATH);

        public TagFeeds {
            only = only == null ? null : List.copyOf(only);
            except = except == null ? List.of() : List.copyOf(except);
            path = path == null ? DEFAULT_PATH : path;
        }

        /** {@code tags: true} or {@code tags: false}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static TagFeeds of(boolean enabled) {
            return new TagFeeds(enabled, null, List.of(), DEFAULT_PATH);
        }

        /** {@code tags: {only: [...], except: [...], path: ...}}: a mapping switches tag feeds on. */
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        static TagFeeds of(@JsonProperty("enabled") Boolean enabled, @JsonProperty("only") List<String> only,
                @JsonProperty("except") List<String> except, @JsonProperty("path") String path) {
            return new TagFeeds(enabled == null || enabled, only, except, path);
        }

        /** As YAML would say it: {@code false} when off (so an error's hint shows {@code false} as the default). */
        @JsonValue
        Object value() {
            if (!enabled) {
                return false;
            }
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("only", only);
            value.put("except", except);
            value.put("path", path);
            return value;
        }
    }

    /** A collection's feed settings: its path ({@code /feed/<label>.xml} by default) and categories with feeds. */
    public record CollectionFeed(String path, List<String> categories) {

        public static final CollectionFeed DEFAULTS = new CollectionFeed(null, List.of());

        public CollectionFeed {
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }

    /** {@code collections:} of jekyll-feed, as a map of label to settings whichever way it was written. */
    public record CollectionFeeds(Map<String, CollectionFeed> byLabel) {

        public static final CollectionFeeds NONE = new CollectionFeeds(Map.of());

        public CollectionFeeds {
            Map<String, CollectionFeed> copy = new LinkedHashMap<>();
            byLabel.forEach((label, feed) -> copy.put(label, feed == null ? CollectionFeed.DEFAULTS : feed));
            byLabel = java.util.Collections.unmodifiableMap(copy);
        }

        /** {@code collections: {recipes: {path: ..., categories: [...]}}}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static CollectionFeeds of(Map<String, CollectionFeed> byLabel) {
            return new CollectionFeeds(byLabel);
        }

        /** {@code collections: [recipes, notes]}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static CollectionFeeds of(List<String> labels) {
            Map<String, CollectionFeed> byLabel = new LinkedHashMap<>();
            labels.forEach(label -> byLabel.put(label, CollectionFeed.DEFAULTS));
            return new CollectionFeeds(byLabel);
        }

        @JsonValue
        Map<String, CollectionFeed> value() {
            return byLabel;
        }
    }
}
