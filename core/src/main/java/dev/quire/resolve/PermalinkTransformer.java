package dev.quire.resolve;

import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import dev.quire.load.PostPath;
import dev.quire.model.Document;
import dev.quire.model.PermalinkStyle;
import dev.quire.model.Route;
import dev.quire.model.SiteConfig;
import dev.quire.spi.TransformContext;
import dev.quire.spi.Transformer;
import dev.quire.util.Slugify;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives each document its URL and output file, by Jekyll's permalink rules: the site's style or
 * template (or the front matter's {@code permalink}) for posts, {@code /:path/:basename:output_ext}
 * for pages. A permalink that would leave the output folder is an error.
 */
public final class PermalinkTransformer implements Transformer {

    private static final Set<String> HTML_EXTENSIONS = Set.of(".html", ".htm", ".xhtml");

    @Override
    public String name() {
        return "permalink";
    }

    @Override
    public Phase phase() {
        return Phase.RESOLVE;
    }

    @Override
    public Set<String> after() {
        return Set.of("dates", "title", "taxonomy");
    }

    @Override
    public Document transform(Document document, TransformContext context) {
        String style = context.config().permalink();
        Object frontMatterPermalink = document.frontMatter().get("permalink");
        if (frontMatterPermalink != null) {
            String extension = permalinkExtension(frontMatterPermalink.toString());
            if (!extension.isEmpty() && !extension.equals(document.outputExtension())) {
                document = document.withOutputExtension(extension);
            }
        }
        String template;
        Map<String, String> values;
        if (document.inCollection()) {
            template = frontMatterPermalink != null ? frontMatterPermalink.toString()
                    : PermalinkStyle.collectionTemplate(context.config(), document.collection());
            values = documentPlaceholders(document, context.config());
        } else {
            template = frontMatterPermalink != null ? frontMatterPermalink.toString() : pageTemplate(document, style);
            values = pagePlaceholders(document);
            warnAboutPostPlaceholders(document, frontMatterPermalink, template, values, context);
        }
        if (template.contains("..") || template.contains("\\")) {
            throw new QuireException(where(document, frontMatterPermalink), "permalink '" + template
                    + "' would leave the output folder", "remove '..' and backslashes from the permalink");
        }
        String url;
        try {
            url = UrlTemplate.expand(template, values, document.inCollection());
        } catch (UrlTemplate.UnknownPlaceholderException e) {
            throw new QuireException(where(document, frontMatterPermalink), e.getMessage(),
                    "':" + e.placeholder + "' is not a placeholder for " + (document.inCollection() ? "documents" : "pages"));
        }
        try {
            String outputPath = document.inCollection() ? OutputPaths.forUrl(url, document.outputExtension(), "index.html")
                    : OutputPaths.forUrl(url, document.outputExtension());
            return document.withRoute(new Route(url, outputPath));
        } catch (IllegalArgumentException e) {
            throw new QuireException(where(document, frontMatterPermalink), "permalink '" + template + "' gives URL '" + url + "', which would leave the output folder: "
                    + e.getMessage(), "use a permalink made of plain path segments");
        }
    }

    /**
     * A page's permalink may name only {@code :path}, {@code :basename} and {@code :output_ext};
     * Jekyll keeps any other placeholder as text without a word, so a dated file placed outside
     * {@code _posts} with {@code permalink: /:year/:month/:title.html} (as real blogs have) is
     * written to the folder {@code :year}. Quire does the same but says so.
     */
    private static void warnAboutPostPlaceholders(Document document, Object frontMatterPermalink, String template,
            Map<String, String> values, TransformContext context) {
        java.util.List<String> unknown = UrlTemplate.unknownPlaceholders(template, values);
        if (unknown.isEmpty()) {
            return;
        }
        context.problems().warn(where(document, frontMatterPermalink),
                "the permalink of this page names " + String.join(", ", unknown)
                        + ", which pages do not have: kept as text in the URL, as Jekyll does",
                "a page's permalink may use :path, :basename and :output_ext; a dated post belongs in _posts");
    }

    /**
     * Where a permalink problem is: the front matter's {@code permalink:} line, or else the document
     * (the template came from {@code _config.yml}). Found only when there is a problem to report, as
     * it reads the file again.
     */
    private static SourceLocation where(Document document, Object frontMatterPermalink) {
        if (frontMatterPermalink != null) {
            return document.source().location(FrontMatterLines.lineOf(document, "permalink"), 1);
        }
        return document.source().location();
    }

    /**
     * Jekyll's {@code Renderer#permalink_ext}: a front-matter permalink that does not end in
     * {@code /} and whose last segment has an extension ({@code /feeds/:title.json}) sets the
     * output extension, so the file is written as {@code .json}, not {@code .json.html}. The
     * extension is Ruby's {@code File.extname} of the template: leading dots of the last segment
     * do not count.
     */
    static String permalinkExtension(String permalink) {
        if (permalink.endsWith("/")) {
            return "";
        }
        String name = permalink.substring(permalink.lastIndexOf('/') + 1);
        int start = 0;
        while (start < name.length() && name.charAt(start) == '.') {
            start++;
        }
        int dot = name.lastIndexOf('.');
        return dot > start ? name.substring(dot) : "";
    }

    private static String pageTemplate(Document document, String style) {
        if (!HTML_EXTENSIONS.contains(document.outputExtension())) {
            return "/:path/:basename:output_ext";
        }
        if (document.source().baseName().equals("index")) {
            return "/:path/";
        }
        return "/:path/:basename" + PermalinkStyle.pageSuffix(style);
    }

    private static Map<String, String> pagePlaceholders(Document document) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("path", document.source().directory());
        values.put("basename", document.source().baseName());
        values.put("output_ext", document.outputExtension());
        return values;
    }

    private static Map<String, String> documentPlaceholders(Document document, SiteConfig config) {
        ZonedDateTime date = document.date();
        String slugSource = document.data().get("slug") != null ? document.data().get("slug").toString()
                : DocumentPaths.of(document, config).map(PostPath::slug).orElse(document.source().baseName());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("year", format(date, "yyyy"));
        values.put("short_year", format(date, "yy"));
        values.put("month", format(date, "MM"));
        values.put("i_month", format(date, "M"));
        values.put("short_month", format(date, "MMM"));
        values.put("long_month", format(date, "MMMM"));
        values.put("day", format(date, "dd"));
        values.put("i_day", format(date, "d"));
        values.put("y_day", format(date, "DDD"));
        values.put("w_year", String.valueOf(date.get(IsoFields.WEEK_BASED_YEAR)));
        values.put("week", String.format(Locale.ROOT, "%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        values.put("w_day", String.valueOf(date.getDayOfWeek().getValue()));
        values.put("short_day", format(date, "EEE"));
        values.put("long_day", format(date, "EEEE"));
        values.put("hour", format(date, "HH"));
        values.put("minute", format(date, "mm"));
        values.put("second", format(date, "ss"));
        values.put("title", Slugify.slugify(slugSource, "pretty", true));
        values.put("slug", Slugify.slugify(slugSource, "default", false));
        values.put("name", Slugify.slugify(document.source().baseName(), "default", false));
        Set<String> categories = new LinkedHashSet<>();
        Set<String> slugified = new LinkedHashSet<>();
        for (String category : document.categories()) {
            categories.add(category.toLowerCase(Locale.ROOT));
            slugified.add(Slugify.slugify(category));
        }
        values.put("categories", String.join("/", categories));
        values.put("slugified_categories", String.join("/", slugified));
        values.put("collection", document.collection());
        values.put("path", DocumentPaths.placeholderPath(document, config));
        values.put("output_ext", document.outputExtension());
        return values;
    }

    /** Formatters by pattern, built once: building one is costlier than using it. */
    private static final Map<String, DateTimeFormatter> FORMATTERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String format(ZonedDateTime date, String pattern) {
        return FORMATTERS.computeIfAbsent(pattern, p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH)).format(date);
    }
}
