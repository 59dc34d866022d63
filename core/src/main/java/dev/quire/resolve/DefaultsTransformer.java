package dev.quire.resolve;

import com.google.inject.Inject;
import dev.quire.model.Hashes;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.spi.TransformContext;
import dev.quire.spi.Transformer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Applies {@code _config.yml}'s front-matter {@code defaults:} first, so that every later resolve
 * step (dates, titles, categories, publishing, permalinks) sees them as if they were written in
 * the front matter; the document's own front matter always wins. As in Jekyll 4.3.1, a page is not
 * hidden by {@code published: false} from defaults (only its own front matter hides it).
 */
public final class DefaultsTransformer implements Transformer {

    private final FrontMatterDefaults defaults;

    @Inject
    public DefaultsTransformer(SiteConfig config) {
        this.defaults = FrontMatterDefaults.of(config);
    }

    @Override
    public String name() {
        return "defaults";
    }

    @Override
    public Phase phase() {
        return Phase.RESOLVE;
    }

    @Override
    public Set<String> before() {
        return Set.of("dates", "title", "taxonomy", "publishing", "permalink");
    }

    @Override
    public Document transform(Document document, TransformContext context) {
        Map<String, Object> values = defaults.valuesFor(document);
        if (values.isEmpty()) {
            return document;
        }
        Map<String, Object> resolving = values;
        if (!document.inCollection() && values.containsKey("published")) {
            // Jekyll's publisher reads a page's own front matter only; templates still see the value.
            resolving = new LinkedHashMap<>(values);
            resolving.remove("published");
        }
        return document.withFrontMatter(Hashes.deepMerge(resolving, document.frontMatter()))
                .withData(Hashes.deepMerge(values, document.data()));
    }
}
