package dev.quire.renderers.archives;

import dev.quire.error.Problem;
import dev.quire.error.QuireException;
import dev.quire.model.Document;
import dev.quire.model.Route;
import dev.quire.model.Site;
import dev.quire.model.SourceFile;
import dev.quire.renderers.pagination.Pager;
import dev.quire.spi.GenerateContext;
import dev.quire.spi.Generator;
import dev.quire.spi.Urls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * jekyll-archives 2.2.1: a page per category, per tag, and per year, month and day that has posts,
 * each listing its posts (newest first) as {@code page.posts}, at the type's permalink, in the
 * type's layout, with empty content. Page variables as jekyll-archives gives them: {@code type},
 * {@code title} (the category or tag; Quire also gives date archives one, see the README),
 * {@code date} (date archives: the first day of the year, month or day), {@code posts},
 * {@code name}, {@code path}, {@code layout}. With Quire's {@code paginate:} option each archive is
 * split into pages with a {@code paginator}, as jekyll-paginate splits the index.
 *
 * <p>Runs after pagination, so the site's paginated index is not mistaken for its own template.
 */
public final class ArchivesGenerator implements Generator {

    private static final List<String> TYPES = List.of("categories", "tags", "year", "month", "day");

    @Override
    public String name() {
        return "archives";
    }

    @Override
    public Set<String> after() {
        return Set.of("pagination");
    }

    @Override
    public void generate(GenerateContext context) {
        Site site = context.site();
        ArchivesOptions options = context.config().options(ArchivesOptions.KEY);
        Object section = context.config().get(ArchivesOptions.KEY.section());
        if (section instanceof Map<?, ?> given && !given.containsKey("enabled")) {
            // A configured site gets jekyll-archives' default: no archives until 'enabled' names some.
            options = options.withEnabled(List.of());
        }
        checkEnabled(options, context);
        if (options.paginate() < 0) {
            throw new QuireException(context.config().locationOf(ArchivesOptions.KEY.section()),
                    "jekyll-archives: paginate must be 0 (no pagination) or a positive whole number, found "
                            + options.paginate(), "set 'paginate:' under 'jekyll-archives:' to how many posts each"
                            + " archive page lists");
        }
        boolean configured = section != null;
        List<Archive> archives = new ArrayList<>();
        if (options.isEnabled("tags")) {
            site.tags().forEach((tag, posts) -> archives.add(Archive.named("tag", tag, posts)));
        }
        if (options.isEnabled("categories")) {
            site.categories().forEach((category, posts) -> archives.add(Archive.named("category", category, posts)));
        }
        if (options.isEnabled("year") || options.isEnabled("month") || options.isEnabled("day")) {
            for (Archive year : Archive.byDate(site.posts(), "year", null)) {
                if (options.isEnabled("year")) {
                    archives.add(year);
                }
                for (Archive month : Archive.byDate(year.posts(), "month", year)) {
                    if (options.isEnabled("month")) {
                        archives.add(month);
                    }
                    if (options.isEnabled("day")) {
                        archives.addAll(Archive.byDate(month.posts(), "day", month));
                    }
                }
            }
        }
        List<String> skipped = new ArrayList<>();
        for (Archive archive : archives) {
            // Without configuration a site's 'category' or 'tag' layout is that type's, as a theme names them.
            String layout = configured || !site.layouts().containsKey(archive.type())
                    ? options.layoutFor(archive.type()) : archive.type();
            if (!configured && !site.layouts().containsKey(layout)) {
                // Quire's default (category and tag archives) needs a layout to be of any use.
                if (!skipped.contains(layout)) {
                    skipped.add(layout);
                }
                continue;
            }
            add(archive, layout, options, context);
        }
        for (String layout : skipped) {
            context.problems().report(Problem.info(null, "archives: no category or tag archive pages were written,"
                    + " as the site has no '" + layout + "' layout", "add _layouts/" + layout + ".ftlh, or switch"
                    + " the archives off with 'quire: {disable: [archives]}'"));
        }
    }

    private static void checkEnabled(ArchivesOptions options, GenerateContext context) {
        if (options.enabled() instanceof List<?> list) {
            for (Object type : list) {
                if (!TYPES.contains(String.valueOf(type))) {
                    context.problems().warn(context.config().locationOf(ArchivesOptions.KEY.section()),
                            "jekyll-archives: 'enabled' names '" + type + "', which is no kind of archive",
                            "use categories, tags, year, month, day, or 'enabled: all'");
                }
            }
        } else if (!(options.enabled() instanceof Boolean) && !"all".equals(options.enabled())) {
            context.problems().warn(context.config().locationOf(ArchivesOptions.KEY.section()),
                    "jekyll-archives: 'enabled: " + options.enabled() + "' writes no archives",
                    "give a list (enabled: [categories, tags, year]) or 'enabled: all'");
        }
    }

    private static void add(Archive archive, String layout, ArchivesOptions options, GenerateContext context) {
        String url;
        try {
            url = Urls.expand(options.permalinkFor(archive.type()), archive.placeholders(options.slugMode()));
        } catch (IllegalArgumentException e) {
            throw new QuireException(context.config().locationOf(ArchivesOptions.KEY.section()),
                    "jekyll-archives: the " + archive.type() + " permalink is invalid: " + e.getMessage(),
                    "a " + archive.type() + " archive's permalink can use " + String.join(", ", archive.placeholders(
                            options.slugMode()).keySet().stream().sorted().map(k -> ":" + k).toList()));
        }
        Route route = route(url, archive, context);
        if (route == null) {
            return;
        }
        SourceFile source = SourceFile.generated(context.config().source(), "archives", archive.virtualPath());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("layout", layout);
        data.put("type", archive.type());
        data.put("title", archive.title());
        if (archive.date() != null) {
            data.put("date", archive.date().atStartOfDay(context.config().zone()));
        }
        data.put("posts", archive.posts());
        String path = route.outputPath();
        data.put("path", path);
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        data.put("name", fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName);
        Document page = Document.generated(source, data, "", route);
        int perPage = options.paginate();
        if (perPage <= 0) {
            context.add(page);
            return;
        }
        int pages = Math.max(1, Pager.pages(archive.posts().size(), perPage));
        // Page N below the archive's URL (already escaped, so joined, not expanded again).
        java.util.function.IntFunction<String> pathOf = number -> number <= 1 ? url
                : (url + "/" + options.paginatePath().replaceFirst(":num", String.valueOf(number)))
                        .replace("..", "/").replaceAll("/{2,}", "/");
        for (int number = 1; number <= pages; number++) {
            Pager pager = Pager.of(number, perPage, archive.posts(), pathOf);
            if (number == 1) {
                context.add(page.withGlobal("paginator", pager.toVariable()));
            } else {
                Route numbered = route(pathOf.apply(number), archive, context);
                if (numbered != null) {
                    context.add(page.withRoute(numbered).withGlobal("paginator", pager.toVariable()));
                }
            }
        }
    }

    /** The route of an archive page, or {@code null} (with the error reported) when it leaves the output folder. */
    private static Route route(String url, Archive archive, GenerateContext context) {
        try {
            return Urls.htmlRoute(url);
        } catch (IllegalArgumentException e) {
            context.problems().error(context.config().locationOf(ArchivesOptions.KEY.section()),
                    "jekyll-archives: the " + archive.type() + " archive '" + archive.virtualPath() + "' would be"
                            + " written outside the output folder: " + e.getMessage(),
                    "check the permalinks under 'jekyll-archives:'");
            return null;
        }
    }
}
