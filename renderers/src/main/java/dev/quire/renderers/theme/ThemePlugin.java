package dev.quire.renderers.theme;

import dev.quire.model.Theme;
import dev.quire.spi.QuirePlugin;

/**
 * Quire's default theme, {@code quire}: blog and docs layouts, the SEO include, the search and 404
 * pages and their assets (the files under {@code dev/quire/theme/quire} in this jar). A site without
 * {@code _layouts} gets it; another site asks for it with {@code theme: quire}.
 */
public final class ThemePlugin extends QuirePlugin {

    /** The theme's name, as {@code theme:} in {@code _config.yml} names it. */
    public static final String THEME = "quire";

    @Override
    public String name() {
        return "theme";
    }

    @Override
    protected void configure() {
        themes().addBinding().toInstance(Theme.fromResources(THEME, ThemePlugin.class, "dev/quire/theme/quire"));
    }
}
