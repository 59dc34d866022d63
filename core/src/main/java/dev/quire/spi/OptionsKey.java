package dev.quire.spi;

import java.util.Objects;

/**
 * A plugin's typed options: the section {@code name:} of {@code _config.yml}, bound to a record
 * whose components are the options (snake_case keys in YAML, camelCase components in Java), with
 * the plugin's defaults for what the site leaves out. Declare one as a constant and read it with
 * {@link dev.quire.model.SiteConfig#options(OptionsKey)}:
 *
 * <pre>{@code
 * public record FeedOptions(boolean enabled, String path, int limit) {
 *     public static final OptionsKey<FeedOptions> KEY =
 *             OptionsKey.of("feed", FeedOptions.class, new FeedOptions(true, "feed.xml", 10));
 * }
 * // _config.yml:  feed: { path: atom.xml }      or      feed: false
 * FeedOptions options = context.site().config().options(FeedOptions.KEY);
 * }</pre>
 *
 * A section that is {@code true} or {@code false} sets the component {@code enabled}, when the
 * record has one. A value of the wrong type fails the build with the configuration file and the
 * option named; a key the record does not have is ignored with a warning. A plugin lists its keys
 * in {@link QuirePlugin#options()} so that they are checked before anything is built.
 *
 * @param section  the top-level key of {@code _config.yml}
 * @param type     the record the section is bound to
 * @param defaults the values of the options a site does not set
 */
public record OptionsKey<T>(String section, Class<T> type, T defaults) {

    public OptionsKey {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaults, "defaults");
        if (!type.isRecord()) {
            throw new IllegalArgumentException("options are bound to a record, not to " + type.getName());
        }
    }

    public static <T> OptionsKey<T> of(String section, Class<T> type, T defaults) {
        return new OptionsKey<>(section, type, defaults);
    }
}
