package dev.quire.renderers.sitemap;

import dev.quire.spi.OptionsKey;

/**
 * The {@code robots:} section of {@code _config.yml}.
 *
 * @param enabled {@code robots: false} writes no {@code robots.txt} (as {@code quire: {disable: [robots]}})
 */
public record RobotsOptions(boolean enabled) {

    public static final OptionsKey<RobotsOptions> KEY = OptionsKey.of("robots", RobotsOptions.class,
            new RobotsOptions(true));
}
