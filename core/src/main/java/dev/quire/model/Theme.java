package dev.quire.model;

import dev.quire.util.ClassPathFolders;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A theme: files laid out as a site folder ({@code _layouts/}, {@code _includes/}, {@code assets/},
 * pages), used under the site. A site file of the same path wins over the theme's, a site layout
 * over the theme's layout of the same name, and a site document or static file over a theme file
 * written to the same output path; the rest of the theme is built as if it were the site's own.
 * A plugin contributes a theme with {@code themes().addBinding().toInstance(...)}; {@code theme:}
 * in {@code _config.yml} picks one by name ({@code theme: none} uses none).
 *
 * @param name the name {@code theme:} selects it by, and messages name its files by
 * @param root the folder holding the theme's files (it may lie inside a jar)
 */
public record Theme(String name, Path root) {

    public Theme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
    }

    /**
     * A theme packed as resources next to a class: {@code folder} is a resource path such as
     * {@code dev/quire/theme/quire}, found in the jar or class folder that holds {@code anchor}.
     */
    public static Theme fromResources(String name, Class<?> anchor, String folder) {
        return new Theme(name, ClassPathFolders.of(anchor, folder));
    }
}
