package dev.quire.convert.liquid;

import dev.quire.spi.Text;
import dev.quire.model.SiteConfig;
import dev.quire.util.UrlPaths;
import liqp.TemplateContext;
import liqp.filters.Filter;

/** Jekyll's {@code relative_url} and {@code absolute_url} filters. */
final class UrlFilters {

    private UrlFilters() {
    }

    /** Prefixes the base URL: {@code /about/} becomes {@code /blog/about/}. */
    static Filter relativeUrl(SiteConfig config) {
        return new Filter("relative_url") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                // Jekyll: nil in, nil out (prints nothing)
                return value == null ? null : relative(config.baseUrl(), asString(value, context));
            }
        };
    }

    /** Prefixes the site URL and base URL: {@code /about/} becomes {@code https://example.com/blog/about/}. */
    static Filter absoluteUrl(SiteConfig config) {
        return new Filter("absolute_url") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                if (value == null) {
                    return null;
                }
                return Text.absoluteUrl(config, asString(value, context));
            }
        };
    }

    static String relative(String baseUrl, String input) {
        return Text.relativeUrl(baseUrl, input);
    }
}
