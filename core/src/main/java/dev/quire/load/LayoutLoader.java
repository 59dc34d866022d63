package dev.quire.load;

import dev.quire.model.Layout;
import dev.quire.model.SourceFile;
import dev.quire.spi.FrontMatterFile;
import dev.quire.spi.LoadContext;
import dev.quire.spi.Loader;
import java.io.IOException;

/**
 * Reads layouts from {@code _layouts}. A layout's name is its path below {@code _layouts} without
 * the extension ({@code post}, or {@code docs/page} for a subfolder).
 *
 * <p>As Jekyll's layout reader filters its entries, a file is no layout when its path below
 * {@code _layouts} or its name is special ({@code .}, {@code _}, {@code #} or {@code ~} first)
 * or an editor backup ({@code ~} last): {@code default.ftlh~} and {@code #default.ftlh#} do not
 * clash with {@code default.ftlh}.
 */
public final class LayoutLoader implements Loader {

    private static final String FOLDER = "_layouts/";

    @Override
    public String name() {
        return "layouts";
    }

    @Override
    public boolean claims(SourceFile file, LoadContext context) {
        if (!file.path().startsWith(FOLDER)) {
            return false;
        }
        String relative = file.path().substring(FOLDER.length());
        return !EntryFilter.isSpecialName(relative) && !EntryFilter.isSpecialName(file.fileName());
    }

    @Override
    public void load(SourceFile file, LoadContext context) throws IOException {
        FrontMatterFile read = context.read(file);
        String relative = file.path().substring(FOLDER.length());
        String name = relative.substring(0, relative.length() - file.extension().length());
        context.addLayout(new Layout(name, file, read.frontMatter(), read.bodyLine(), read.body()));
    }
}
