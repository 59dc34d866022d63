package dev.quire.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks every HTML page of a built site and checks that each internal link leads somewhere: the
 * file exists in the output and, for a {@code #fragment}, the target page has an element with that
 * id (or an {@code <a name>}).
 *
 * <p>Links are read from {@code href}, {@code src}, {@code srcset} and {@code <meta http-equiv="refresh">}
 * with an HTML parser, and resolved as a static host resolves them: relative to the page,
 * root-relative under the site's {@code baseurl}, %-escapes decoded, a folder URL (or a folder
 * without its slash) to its {@code index.html}, an extension-less URL to its {@code .html} file.
 * Links with a scheme ({@code https:}, {@code mailto:}, ...) or starting with {@code //} are external:
 * not followed, only their syntax is checked ({@link ExternalLinks}), except those under the
 * configured site URL, which are checked like root-relative ones.
 */
public final class LinkWalker {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)^\\s*\\d+(?:\\.\\d*)?\\s*[;,]\\s*(?:url\\s*=\\s*)?(.+)$");

    private final Path root;
    private final String baseurl;
    private final String siteUrl;
    /** The ids and {@code <a name>}s of each page parsed so far: what its fragments may name. */
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    private LinkWalker(Path root, String baseurl, String siteUrl) {
        this.root = root.toAbsolutePath().normalize();
        this.baseurl = baseurl;
        this.siteUrl = siteUrl;
    }

    /** A walker over the site built into {@code siteRoot}, served at the root of its host. */
    public static LinkWalker of(Path siteRoot) {
        return new LinkWalker(siteRoot, "", null);
    }

    /** The site is served under {@code baseurl} (Jekyll's setting, such as {@code /blog}). */
    public LinkWalker withBaseurl(String baseurl) {
        String trimmed = baseurl == null ? "" : baseurl.strip().replaceAll("/+$", "");
        if (!trimmed.isEmpty() && !trimmed.startsWith("/")) {
            trimmed = "/" + trimmed;
        }
        return new LinkWalker(root, trimmed, siteUrl);
    }

    /** Absolute links under {@code url} (Jekyll's {@code url}, such as {@code https://example.com}) are internal. */
    public LinkWalker withSiteUrl(String url) {
        String trimmed = url == null || url.isBlank() ? null : url.strip().replaceAll("/+$", "");
        return new LinkWalker(root, baseurl, trimmed);
    }

    /** Every broken link, by page (in path order) and then in the order the page has them. */
    public List<BrokenLink> walk() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(root)) {
            pages = files.filter(Files::isRegularFile).filter(LinkWalker::isHtml)
                    .sorted((a, b) -> sitePath(a).compareTo(sitePath(b)))
                    .toList();
        }
        List<BrokenLink> broken = new ArrayList<>();
        try {
            for (Path page : pages) {
                for (String link : links(parse(page))) {
                    check(page, link).ifPresent(problem -> broken.add(new BrokenLink(sitePath(page), link, problem)));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return List.copyOf(broken);
    }

    /** The URLs a page links to or loads, in document order. */
    private static List<String> links(Document document) {
        List<String> links = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (element.hasAttr("href")) {
                links.add(element.attr("href"));
            }
            if (element.hasAttr("src")) {
                links.add(element.attr("src"));
            }
            if (element.hasAttr("srcset")) {
                for (String candidate : element.attr("srcset").split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        links.add(url);
                    }
                }
            }
            if (element.nameIs("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                Matcher refresh = REFRESH_URL.matcher(element.attr("content"));
                if (refresh.matches()) {
                    links.add(refresh.group(1).strip().replaceAll("^['\"]|['\"]$", ""));
                }
            }
        }
        return links;
    }

    /** What is wrong with one link on {@code page}, or empty when it leads somewhere (or is external). */
    private Optional<String> check(Path page, String written) {
        String url = written.strip();
        if (siteUrl != null && (url.equals(siteUrl) || url.startsWith(siteUrl + "/"))) {
            url = url.substring(siteUrl.length());
            if (url.isEmpty()) {
                url = "/";
            }
        } else if (SCHEME.matcher(url).find() || url.startsWith("//")) {
            return ExternalLinks.syntaxProblem(url);
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        int question = beforeFragment.indexOf('?');
        String rawPath = question < 0 ? beforeFragment : beforeFragment.substring(0, question);

        Path target;
        if (rawPath.isEmpty()) {
            target = page;
        } else {
            String path;
            try {
                path = UrlPath.decode(rawPath);
            } catch (IllegalArgumentException e) {
                return Optional.of("invalid %-escape");
            }
            String fromRoot;
            if (path.startsWith("/")) {
                if (!baseurl.isEmpty() && !(path.equals(baseurl) || path.startsWith(baseurl + "/"))) {
                    return Optional.of("outside the site's baseurl " + baseurl);
                }
                fromRoot = path.substring(baseurl.length());
            } else {
                String pageFolder = sitePath(page.getParent());
                fromRoot = (pageFolder.isEmpty() ? "" : pageFolder + "/") + path;
            }
            Optional<String> normal = normalize(fromRoot);
            if (normal.isEmpty()) {
                return Optional.of("goes above the site's root");
            }
            Optional<Path> file = file(normal.get(), path.endsWith("/") || path.endsWith("/.") || path.endsWith("/.."));
            if (file.isEmpty()) {
                String wanted = normal.get().isEmpty() || path.endsWith("/") ? normal.get() + "/index.html" : normal.get();
                return Optional.of("no file " + wanted.replaceAll("^/+", "") + " in the site");
            }
            target = file.get();
        }
        if (fragment.isEmpty() || !isHtml(target)) {
            return Optional.empty();
        }
        String id;
        try {
            id = UrlPath.decode(fragment);
        } catch (IllegalArgumentException e) {
            return Optional.of("invalid %-escape in the fragment");
        }
        // A page always has "#top" (HTML's rule: it scrolls to the top when no element has that id).
        if (id.equalsIgnoreCase("top") || anchors(target).contains(id)) {
            return Optional.empty();
        }
        return Optional.of("no element with id \"" + id + "\" in " + sitePath(target));
    }

    /** Resolves "." and ".." segments; empty when they climb above the root. */
    private static Optional<String> normalize(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.remove(segments.size() - 1);
            } else {
                segments.add(segment);
            }
        }
        return Optional.of(String.join("/", segments));
    }

    /** The output file a normalised site path names, as a static host finds it. */
    private Optional<Path> file(String path, boolean folder) {
        Path candidate = path.isEmpty() ? root : root.resolve(path).normalize();
        if (!candidate.startsWith(root) || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        if (!folder && Files.isRegularFile(candidate)) {
            return Optional.of(candidate);
        }
        if (Files.isDirectory(candidate) && Files.isRegularFile(candidate.resolve("index.html"))) {
            return Optional.of(candidate.resolve("index.html"));
        }
        Path withHtml = candidate.resolveSibling(candidate.getFileName() + ".html");
        if (!folder && !path.isEmpty() && !path.substring(path.lastIndexOf('/') + 1).contains(".")
                && Files.isRegularFile(withHtml)) {
            return Optional.of(withHtml);
        }
        return Optional.empty();
    }

    /** Parses a page and notes its anchors, so that pages linked to by fragment are parsed once more at most. */
    private Document parse(Path page) {
        try {
            Document document = Jsoup.parse(page.toFile(), "UTF-8");
            anchors.putIfAbsent(page, anchorsOf(document));
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> anchors(Path page) {
        if (!anchors.containsKey(page)) {
            parse(page);
        }
        return anchors.get(page);
    }

    private static Set<String> anchorsOf(Document document) {
        Set<String> names = new HashSet<>();
        for (Element element : document.select("[id], a[name]")) {
            names.add(element.id());
            if (element.nameIs("a")) {
                names.add(element.attr("name"));
            }
        }
        names.remove("");
        return Set.copyOf(names);
    }

    private String sitePath(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
