package dev.quire.resolve;

import dev.quire.load.PostPath;
import dev.quire.model.Document;
import dev.quire.spi.TransformContext;
import dev.quire.spi.Transformer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sets a post's {@code slug} (front matter {@code slug}, else the file name after the date) and,
 * when the front matter has no {@code title} (or {@code false}), a title made from the slug as Jekyll makes it:
 * {@code welcome-to-jekyll} becomes "Welcome To Jekyll".
 */
public final class TitleTransformer implements Transformer {

    @Override
    public String name() {
        return "title";
    }

    @Override
    public Phase phase() {
        return Phase.RESOLVE;
    }

    @Override
    public Document transform(Document document, TransformContext context) {
        if (!document.inCollection()) {
            return document;
        }
        String fileSlug = DocumentPaths.of(document, context.config()).map(PostPath::slug)
                .orElse(document.source().baseName());
        Map<String, Object> values = new LinkedHashMap<>();
        String relativePath = context.config().collectionPath(document.source().path());
        values.put("relative_path", relativePath == null ? document.source().path() : relativePath);
        if (absent(document.frontMatter().get("ext"))) {
            values.put("ext", document.source().extension());
        }
        Object slug = document.frontMatter().get("slug");
        values.put("slug", absent(slug) ? fileSlug : slug.toString());
        if (absent(document.frontMatter().get("title"))) {
            values.put("title", titleize(fileSlug));
        }
        return document.withData(values);
    }

    /**
     * Jekyll sets both with Ruby's {@code ||=}, so {@code false} counts as missing as {@code nil}
     * does ({@code title: false} gets the title from the slug); an empty string does not.
     */
    private static boolean absent(Object value) {
        return value == null || Boolean.FALSE.equals(value);
    }

    /** Splits on {@code -} and capitalises each part as Ruby's {@code capitalize} does. */
    static String titleize(String slug) {
        // Like Ruby's split, Java's keeps empty parts between separators and drops trailing ones.
        return Arrays.stream(slug.split("-"))
                .map(part -> part.isEmpty() ? part
                        : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }
}
