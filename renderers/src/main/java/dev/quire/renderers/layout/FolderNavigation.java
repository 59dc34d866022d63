package dev.quire.renderers.layout;

import dev.quire.model.Reads;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code quire.folder_nav(path, collection)} in layouts: the navigation the theme's {@code docs}
 * layout makes from folders, as a list of entries {@code {title, url}} and sections
 * {@code {title, url, children}}. Its documents are those with {@code layout: docs} in the first
 * folder of {@code path} (or in {@code collection}, when that is a collection other than posts);
 * in each folder the index comes first, then the others by {@code nav_order}, then by title; each
 * subfolder becomes a section headed by its index page, or by its name.
 *
 * <p>Every page of a docs folder shows the same navigation, so it is made once per folder and
 * build; each page using it is credited with the reads it was made from, so that an incremental
 * build still remakes every page whose sidebar changed.
 */
final class FolderNavigation implements TemplateMethodModelEx {

    /** The layout that puts a document in the navigation. */
    private static final String DOCS_LAYOUT = "docs";
    /** The rank of an index page: first. */
    private static final BigDecimal INDEX = BigDecimal.valueOf(-1);
    /** The rank of a document without a numeric {@code nav_order}: after those with one. */
    private static final BigDecimal NO_ORDER = BigDecimal.valueOf(1_000_000);

    private final Map<String, Object> siteView;
    private final Comparator<Object> byText;
    private final Map<List<String>, Reads.Recorded<List<Map<String, Object>>>> made = new ConcurrentHashMap<>();

    /**
     * @param siteView the {@code site} the layouts see (reads of it are recorded)
     * @param locale   the layouts' locale: titles sort as FreeMarker's {@code ?sort} sorts them there
     */
    FolderNavigation(Map<String, Object> siteView, Locale locale) {
        this.siteView = siteView;
        Collator collator = Collator.getInstance(locale);
        this.byText = (a, b) -> collator.compare((String) a, (String) b);
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() > 2) {
            throw new TemplateModelException("quire.folder_nav takes a page's path and, optionally, its collection: "
                    + "quire.folder_nav(page.path, page.collection!\"\")");
        }
        return navigation(text(arguments.get(0)), arguments.size() > 1 ? text(arguments.get(1)) : "");
    }

    /** The navigation of the page at {@code path} in {@code collection} ("" for none). */
    List<Map<String, Object>> navigation(String path, String collection) {
        String top = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
        String source = !collection.isEmpty() && !collection.equals("posts")
                && siteView.get(collection) instanceof List<?> ? collection : "html_pages";
        Reads.Recorded<List<Map<String, Object>>> navigation = made.computeIfAbsent(List.of(source, top), key -> {
            try {
                return Reads.during(() -> make((List<?>) siteView.get(source), top));
            } catch (Exception e) {
                throw new IllegalStateException("cannot make the docs navigation of " + path, e);
            }
        });
        Reads.recordAll(navigation.reads());
        return navigation.value();
    }

    private record Item(String folder, boolean index, BigDecimal rank, String title, String url) {
    }

    private List<Map<String, Object>> make(List<?> candidates, String top) {
        String prefix = top + "/";
        List<Item> items = new ArrayList<>();
        for (Object candidate : candidates) {
            if (!(candidate instanceof Map<?, ?> document) || !DOCS_LAYOUT.equals(document.get("layout"))
                    || document.get("url") == null || !(document.get("path") instanceof String path)) {
                continue;
            }
            if (top.isEmpty() ? path.contains("/") : !path.startsWith(prefix)) {
                continue;
            }
            String file = path.contains("/") ? path.substring(path.lastIndexOf('/') + 1) : path;
            boolean index = file.startsWith("index.");
            BigDecimal rank = index ? INDEX : rank(document.get("nav_order"));
            // A title that is not text (title: 2024) is shown as written, not as a formatted number or date.
            Object title = document.get("title");
            items.add(new Item(path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "", index, rank,
                    title != null ? String.valueOf(title) : keepAfterLast(path), String.valueOf(document.get("url"))));
        }
        List<Object> folders = new ArrayList<>(items.stream().map(Item::folder).distinct().toList());
        folders.sort(byText);
        // By title, then (stable) by rank: the index first, then nav_order, then the rest.
        items.sort(Comparator.comparing(Item::title, byText));
        items.sort(Comparator.comparing(Item::rank));
        List<Map<String, Object>> navigation = new ArrayList<>();
        for (Object folder : folders) {
            List<Item> inFolder = items.stream().filter(item -> item.folder().equals(folder)).toList();
            List<Map<String, Object>> links = inFolder.stream().filter(item -> folder.equals(top) || !item.index())
                    .map(item -> entry(item.title(), item.url(), null)).toList();
            if (folder.equals(top)) {
                navigation.addAll(links);
            } else {
                Item index = inFolder.get(0).index() ? inFolder.get(0) : null;
                navigation.add(entry(index != null ? index.title() : sectionName((String) folder),
                        index != null ? index.url() : "", links));
            }
        }
        return List.copyOf(navigation);
    }

    /** A {@code nav_order} compared exactly, as FreeMarker compares numbers; anything else is no order. */
    private static BigDecimal rank(Object navOrder) {
        if (navOrder instanceof Double || navOrder instanceof Float) {
            double value = ((Number) navOrder).doubleValue();
            return Double.isFinite(value) ? BigDecimal.valueOf(value) : NO_ORDER;
        }
        if (navOrder instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        return NO_ORDER;
    }

    private static Map<String, Object> entry(String title, String url, List<Map<String, Object>> children) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", title);
        entry.put("url", url);
        if (children != null) {
            entry.put("children", children);
        }
        return java.util.Collections.unmodifiableMap(entry);
    }

    /** A folder's name as a heading: {@code getting_started} is "Getting started". */
    private static String sectionName(String folder) {
        String name = folder.contains("/") ? folder.substring(folder.lastIndexOf('/') + 1) : folder;
        name = name.replaceAll("[-_]+", " ");
        int first = 0;
        while (first < name.length() && Character.isWhitespace(name.charAt(first))) {
            first++;
        }
        return first == name.length() ? name
                : name.substring(0, first) + Character.toUpperCase(name.charAt(first)) + name.substring(first + 1);
    }

    /** The text after the last slash, or "" without one (FreeMarker's {@code ?keep_after_last("/")}). */
    private static String keepAfterLast(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(slash + 1);
    }

    private static String text(Object argument) throws TemplateModelException {
        if (argument == null) {
            return "";
        }
        if (argument instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        if (argument instanceof TemplateModel) {
            throw new TemplateModelException("quire.folder_nav takes strings (page.path, page.collection), not "
                    + argument.getClass().getSimpleName());
        }
        return String.valueOf(argument);
    }
}
