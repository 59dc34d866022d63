package dev.quire.spi;

import dev.quire.model.Route;
import dev.quire.resolve.OutputPaths;
import dev.quire.util.Slugify;
import dev.quire.util.UrlPaths;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URL helpers for plugins that place generated pages, with Jekyll's rules. */
public final class Urls {

    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

    private Urls() {
    }

    /**
     * Expands a permalink template as Jekyll's {@code URL} class does: each {@code :name} is replaced
     * by its value, percent-escaped unless it holds only {@code [a-zA-Z0-9./-]}; then a leading
     * {@code /} is added, {@code ..} becomes {@code /}, {@code ./} is dropped and repeated slashes
     * are squeezed.
     *
     * @throws IllegalArgumentException naming a placeholder that has no value
     */
    public static String expand(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String key = values.containsKey(name) ? name : null;
            String rest = "";
            if (key == null && name.endsWith("_") && values.containsKey(name.substring(0, name.length() - 1))) {
                key = name.substring(0, name.length() - 1);
                rest = "_";
            }
            if (key == null) {
                throw new IllegalArgumentException("the URL template '" + template + "' has no value for :" + name
                        + " (it knows " + values.keySet().stream().map(k -> ":" + k).sorted().toList() + ")");
            }
            String value = values.get(key);
            matcher.appendReplacement(url, Matcher.quoteReplacement(UrlPaths.escapePath(value == null ? "" : value) + rest));
        }
        matcher.appendTail(url);
        return ("/" + url).replace("..", "/").replace("./", "").replaceAll("/{2,}", "/");
    }

    /**
     * The route of an HTML page at {@code url} (escaped, from the site root): written to the
     * unescaped path, {@code index.html} for a URL ending in {@code /}, {@code .html} appended when
     * missing, as Jekyll writes a page.
     *
     * @throws IllegalArgumentException when the path would leave the output folder ({@code ..})
     */
    public static Route htmlRoute(String url) {
        return new Route(url, OutputPaths.forUrl(url, ".html"));
    }

    /**
     * The route of a page at a front-matter permalink, as Jekyll writes one: an extension in the
     * URL's last segment is the output's ({@code /old.php} is written to {@code old.php}), a URL
     * without one gets {@code .html}, and one ending in {@code /} is written to {@code index.html}.
     *
     * @throws IllegalArgumentException when the path would leave the output folder ({@code ..})
     */
    public static Route permalinkRoute(String url) {
        String last = url.substring(url.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        String extension = url.endsWith("/") || dot <= 0 ? ".html" : last.substring(dot);
        return new Route(url, OutputPaths.forUrl(url, extension, "index.html"));
    }

    /** The route of a file whose URL is its path ({@code /redirects.json}). */
    public static Route fileRoute(String url) {
        return new Route(url, OutputPaths.forUrl(url, ""));
    }

    /** A path percent-escaped as Jekyll's URLs escape placeholder values (kept as is when it holds only {@code [a-zA-Z0-9./-]}). */
    public static String escapePath(String path) {
        return UrlPaths.escapePath(path);
    }

    /** Jekyll's {@code slugify} in {@code mode} ({@code default}, {@code pretty}, {@code raw}, {@code ascii}, {@code latin}). */
    public static String slugify(String text, String mode) {
        return Slugify.slugify(text, mode, false);
    }
}
