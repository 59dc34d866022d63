package dev.quire.convert.liquid;

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
                String input = asString(value, context);
                if (input.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
                    return input;
                }
                return config.url() + relative(config.baseUrl(), input);
            }
        };
    }

    static String relative(String baseUrl, String input) {
        if (input.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            return input;
        }
        String path = input.isEmpty() || input.startsWith("/") ? input : "/" + input;
        String joined = baseUrl + path;
        return UrlPaths.normalizeReference(joined.replaceAll("/{2,}", "/"));
    }
}
