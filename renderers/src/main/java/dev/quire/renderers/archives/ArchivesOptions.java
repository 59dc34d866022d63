package dev.quire.renderers.archives;

import dev.quire.spi.OptionsKey;
import java.util.List;
import java.util.Map;

/**
 * The {@code jekyll-archives:} section, as jekyll-archives reads it, plus Quire's pagination of
 * archive pages.
 *
 * @param enabled      which archives: a list of {@code categories}, {@code tags}, {@code year},
 *                     {@code month}, {@code day}, or {@code all} (or {@code true}) for every type
 * @param layout       the layout of every archive page ({@code archive})
 * @param layouts      a layout per type ({@code category}, {@code tag}, {@code year}, {@code month},
 *                     {@code day}) over {@code layout}
 * @param permalinks   URL templates per type over jekyll-archives' ({@code /tag/:name/}, {@code /:year/}, ...)
 * @param slugMode     how {@code :name} is slugified ({@code default}, {@code pretty}, {@code ascii},
 *                     {@code latin}, {@code raw}), as newer jekyll-archives' {@code slug_mode}
 * @param paginate     Quire's addition: split each archive's posts into pages of this many
 *                     ({@code paginator}, as jekyll-paginate's); {@code 0} for one page
 * @param paginatePath where page N of an archive goes, relative to the archive's URL
 */
public record ArchivesOptions(Object enabled, String layout, Map<String, String> layouts,
        Map<String, String> permalinks, String slugMode, int paginate, String paginatePath) {

    /** jekyll-archives' permalinks. */
    static final Map<String, String> DEFAULT_PERMALINKS = Map.of(
            "year", "/:year/",
            "month", "/:year/:month/",
            "day", "/:year/:month/:day/",
            "tag", "/tag/:name/",
            "category", "/category/:name/");

    /** What a site without a {@code jekyll-archives:} section gets: category and tag archives (see the README). */
    public static final OptionsKey<ArchivesOptions> KEY = OptionsKey.of("jekyll-archives", ArchivesOptions.class,
            new ArchivesOptions(List.of("categories", "tags"), "archive", Map.of(), Map.of(), "default", 0,
                    "page:num/"));

    public ArchivesOptions {
        layouts = layouts == null ? Map.of() : Map.copyOf(layouts);
        permalinks = permalinks == null ? Map.of() : Map.copyOf(permalinks);
        layout = layout == null ? "archive" : layout;
        slugMode = slugMode == null ? "default" : slugMode;
        paginatePath = paginatePath == null ? "page:num/" : paginatePath;
    }

    /** The same options with other archive types on. */
    ArchivesOptions withEnabled(Object types) {
        return new ArchivesOptions(types, layout, layouts, permalinks, slugMode, paginate, paginatePath);
    }

    /** Whether archives of this type ({@code tags}, {@code categories}, {@code year}, ...) are on. */
    boolean isEnabled(String type) {
        if (Boolean.TRUE.equals(enabled) || "all".equals(enabled)) {
            return true;
        }
        return enabled instanceof List<?> list && list.stream().map(String::valueOf).anyMatch(type::equals);
    }

    /** The layout of an archive of this type ({@code tag}, {@code category}, {@code year}, ...). */
    String layoutFor(String type) {
        String specific = layouts.get(type);
        return specific != null ? specific : layout;
    }

    /** The URL template of an archive of this type. */
    String permalinkFor(String type) {
        String specific = permalinks.get(type);
        return specific != null ? specific : DEFAULT_PERMALINKS.get(type);
    }
}
