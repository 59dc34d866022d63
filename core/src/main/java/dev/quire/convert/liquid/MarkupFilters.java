package dev.quire.convert.liquid;

import dev.quire.convert.markdown.KramdownMarkdown;
import dev.quire.convert.markdown.SmartyPants;
import java.util.List;
import liqp.TemplateContext;
import liqp.filters.Filter;

/** Jekyll's {@code markdownify} (the site's Markdown converter) and {@code smartify} (kramdown's SmartyPants). */
final class MarkupFilters {

    private MarkupFilters() {
    }

    static List<Filter> all(KramdownMarkdown markdown) {
        return List.of(markdownify(markdown), smartify());
    }

    static Filter markdownify(KramdownMarkdown markdown) {
        return new Filter("markdownify") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return markdown.toHtml(asString(value, context));
            }
        };
    }

    static Filter smartify() {
        return new Filter("smartify") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return SmartyPants.smartify(asString(value, context));
            }
        };
    }
}
