package dev.quire.renderers.pagination;

import dev.quire.error.QuireException;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.spi.GenerateContext;
import dev.quire.spi.Generator;
import dev.quire.spi.Urls;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * jekyll-paginate 1.1.0: with {@code paginate: N}, the posts (newest first, without those with
 * {@code hidden: true}) are split into pages of N. Page 1 is the template page itself; pages 2 and
 * on are copies of it at {@code paginate_path} ({@code /page:num} by default) with {@code :num}
 * replaced. The template is the page named {@code index.html} in the folder of
 * {@code paginate_path}, or else in the nearest folder above it. Each page gets
 * {@code paginator} (see {@link Pager}) as a template variable.
 */
public final class PaginationGenerator implements Generator {

    /** jekyll-paginate's default {@code paginate_path} (Jekyll's configuration default). */
    static final String DEFAULT_PATH = "/page:num";

    @Override
    public String name() {
        return "pagination";
    }

    @Override
    public void generate(GenerateContext context) {
        SiteConfig config = context.config();
        Object paginate = config.get("paginate");
        if (paginate == null || context.site().pages().isEmpty()) {
            return;
        }
        int perPage = perPage(paginate, config);
        String path = paginatePath(config);
        Optional<Document> found = templatePage(context.site().pages(), path);
        if (found.isEmpty()) {
            context.problems().warn(config.locationOf("paginate"), "Pagination: Pagination is enabled, but I couldn't"
                    + " find an index.html page to use as the pagination template. Skipping pagination.",
                    "add index.html in the folder of paginate_path (" + path + ") or above it");
            return;
        }
        Document template = found.get();
        List<Document> posts = context.site().postsNewestFirst().stream().filter(post -> !hidden(post)).toList();
        int pages = Pager.pages(posts.size(), perPage);
        String firstUrl = template.url();
        java.util.function.IntFunction<String> pathOf = number -> number <= 1 ? firstUrl : pageUrl(path, number);
        for (int number = 1; number <= pages; number++) {
            Pager pager = Pager.of(number, perPage, posts, pathOf);
            if (number == 1) {
                context.replace(template, template.withGlobal("paginator", pager.toVariable()));
            } else {
                // Jekyll places the copy in the folder paginate_path names: an index page's URL is its folder.
                String url = Urls.expand("/:path/", java.util.Map.of("path", pageUrl(path, number)));
                context.add(template.withRoute(Urls.htmlRoute(url)).withGlobal("paginator", pager.toVariable()));
            }
        }
    }

    /** jekyll-paginate's {@code paginate_path(site, num)} for pages after the first: {@code :num} replaced, a leading slash. */
    static String pageUrl(String path, int number) {
        String url = path.replaceFirst(":num", String.valueOf(number));
        return url.startsWith("/") ? url : "/" + url;
    }

    /**
     * The template: a page named {@code index.html} whose folder is the folder of
     * {@code paginate_path} or one above it, the deepest first (jekyll-paginate's
     * {@code pagination_candidate?} and {@code template_page}).
     */
    static Optional<Document> templatePage(List<Document> pages, String paginatePath) {
        String folder = folderOf(paginatePath);
        return pages.stream()
                .filter(page -> !page.source().isGenerated() && page.source().fileName().equals("index.html"))
                .filter(page -> isAtOrAbove(page.source().directory(), folder))
                .max(Comparator.comparingInt((Document page) -> page.source().path().length()));
    }

    /** The folder of {@code paginate_path}, relative to the source, without slashes at the ends. */
    private static String folderOf(String paginatePath) {
        java.nio.file.Path normal = java.nio.file.Path.of("/" + paginatePath).normalize();
        java.nio.file.Path parent = normal.getParent();
        String folder = parent == null ? "" : parent.toString().replace('\\', '/');
        return folder.replaceAll("^/+|/+$", "");
    }

    private static boolean isAtOrAbove(String directory, String folder) {
        return directory.isEmpty() || folder.equals(directory) || folder.startsWith(directory + "/");
    }

    /** Ruby truthiness of {@code hidden}: anything but nil and false hides the post. */
    private static boolean hidden(Document post) {
        Object hidden = post.data().get("hidden");
        return hidden != null && !Boolean.FALSE.equals(hidden);
    }

    /** {@code paginate:} as a positive whole number, else an error at its line. */
    static int perPage(Object value, SiteConfig config) {
        String text = value.toString().strip();
        boolean number = value instanceof Integer || value instanceof Long
                || value instanceof String && text.matches("\\+?\\d+");
        if (number) {
            try {
                int perPage = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
                if (perPage > 0) {
                    return perPage;
                }
            } catch (NumberFormatException e) {
                // too large: reported below
            }
        }
        throw new QuireException(config.locationOf("paginate"), "paginate must be a positive whole number,"
                + " found '" + text + "'", "set 'paginate:' to how many posts each page lists, such as 'paginate: 5',"
                + " or remove it to list every post on one page");
    }

    /** {@code paginate_path:}, which must hold {@code :num} (every page would else have one URL). */
    static String paginatePath(SiteConfig config) {
        Object value = config.get("paginate_path");
        String path = value == null ? DEFAULT_PATH : value.toString();
        if (!path.contains(":num")) {
            throw new QuireException(config.locationOf("paginate_path"), "paginate_path must contain ':num', found '"
                    + path + "'", "write where page N goes, such as 'paginate_path: /page:num/' or '/blog/page:num/'");
        }
        return path;
    }
}
