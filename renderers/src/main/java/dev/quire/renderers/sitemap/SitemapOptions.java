package dev.quire.renderers.sitemap;

import dev.quire.spi.OptionsKey;

/**
 * The {@code sitemap:} section of {@code _config.yml}. jekyll-sitemap has no options; a page or
 * document leaves the sitemap with {@code sitemap: false} in its front matter (or from {@code defaults:}).
 *
 * @param enabled {@code sitemap: false} writes no sitemap (as {@code quire: {disable: [sitemap]}}), and
 *                then no {@code robots.txt} either
 */
public record SitemapOptions(boolean enabled) {

    public static final OptionsKey<SitemapOptions> KEY = OptionsKey.of("sitemap", SitemapOptions.class,
            new SitemapOptions(true));
}
