package dev.quire.pipeline;

import dev.quire.error.Problems;
import dev.quire.error.QuireException;
import dev.quire.model.SiteConfig;
import dev.quire.model.Theme;
import java.nio.file.Files;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Picks the theme a site is built with from {@code theme:} in {@code _config.yml}: without the key,
 * Quire's default theme ({@value #DEFAULT}) when a plugin provides it and the site has no
 * {@code _layouts} folder (a site with layouts of its own asks for the theme by name, so that its
 * output does not change when a theme plugin is added); {@code none} (or {@code false}) for no
 * theme; otherwise the theme of that name. A name no plugin provides, such
 * as a Jekyll gem theme ({@code minima}), is a warning and the default theme is used, since its
 * layouts have the names Jekyll themes use.
 */
final class ThemeChoice {

    static final String DEFAULT = "quire";

    private ThemeChoice() {
    }

    static Optional<Theme> choose(Collection<Theme> available, SiteConfig config, Problems problems) {
        Map<String, Theme> byName = new TreeMap<>();
        for (Theme theme : available) {
            Theme previous = byName.putIfAbsent(theme.name(), theme);
            if (previous != null && !previous.root().equals(theme.root())) {
                throw new QuireException(null, "two plugins provide a theme named '" + theme.name() + "': "
                        + previous.root().toUri() + " and " + theme.root().toUri(),
                        "remove one of the two plugins from the class path, or switch one off in quire.disable");
            }
        }
        Object setting = config.get("theme");
        if (setting == null && Files.isDirectory(config.source().resolve("_layouts"))) {
            return Optional.empty();
        }
        String name = setting == null ? DEFAULT : setting.toString().strip();
        if (name.isEmpty() || name.equals("none") || name.equals("false")) {
            return Optional.empty();
        }
        Theme chosen = byName.get(name);
        if (chosen != null) {
            return Optional.of(chosen);
        }
        if (setting != null) {
            Theme fallback = byName.get(DEFAULT);
            problems.warn(config.locationOf("theme"), "theme '" + name + "' is not available to Quire"
                    + (byName.isEmpty() ? " (no theme plugin is on the class path)" : " (themes: "
                    + String.join(", ", byName.keySet()) + ")") + (fallback == null ? "; building without a theme"
                    : "; using the default theme '" + DEFAULT + "'"),
                    "add the theme's plugin, write the layouts in _layouts, or set 'theme: none'");
            return Optional.ofNullable(fallback);
        }
        return Optional.empty();
    }
}
