package dev.quire.resolve;

import dev.quire.load.PostPath;
import dev.quire.model.Document;
import dev.quire.spi.TransformContext;
import dev.quire.spi.Transformer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets a post's {@code categories} and {@code tags} by Jekyll's rules: folders above
 * {@code _posts} first, then front-matter {@code categories} (a list, or a string split on
 * whitespace), then {@code category} (one value, not split), without duplicates; {@code tag} (one
 * value) wins over {@code tags}, and tags keep their duplicates, as Jekyll keeps them.
 */
public final class TaxonomyTransformer implements Transformer {

    @Override
    public String name() {
        return "taxonomy";
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
        // Only posts take categories from the folders above their collection folder.
        Set<String> categories = new LinkedHashSet<>(DocumentPaths.of(document, context.config())
                .map(PostPath::categories).orElse(List.of()));
        Map<String, Object> frontMatter = document.frontMatter();
        // Jekyll: Array(data["categories"]) + pluralized_array_from_hash(data, "category", "categories"),
        // so a single 'category' is added to 'categories' when both are given.
        categories.addAll(splitList(frontMatter.get("categories")));
        categories.addAll(single(frontMatter.get("category")));
        List<String> tags = frontMatter.get("tag") != null ? single(frontMatter.get("tag"))
                : splitList(frontMatter.get("tags"));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("categories", List.copyOf(categories));
        values.put("tags", List.copyOf(tags));
        return document.withData(values);
    }

    private static List<String> single(Object value) {
        List<String> out = new ArrayList<>();
        flatten(value, out, false);
        return out;
    }

    private static List<String> splitList(Object value) {
        List<String> out = new ArrayList<>();
        flatten(value, out, true);
        return out;
    }

    private static void flatten(Object value, List<String> out, boolean splitStrings) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                flatten(item, out, false);
            }
        } else if (value instanceof String text && splitStrings) {
            for (String part : text.strip().split("\\s+")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        } else {
            out.add(String.valueOf(value));
        }
    }
}
