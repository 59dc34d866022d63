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
 */
public final class LayoutLoader implements Loader {

    private static final String FOLDER = "_layouts/";

    @Override
    public String name() {
        return "layouts";
    }

    @Override
    public boolean claims(SourceFile file, LoadContext context) {
        return file.path().startsWith(FOLDER) && !file.fileName().startsWith(".");
    }

    @Override
    public void load(SourceFile file, LoadContext context) throws IOException {
        FrontMatterFile read = context.read(file);
        String relative = file.path().substring(FOLDER.length());
        String name = relative.substring(0, relative.length() - file.extension().length());
        context.addLayout(new Layout(name, file, read.frontMatter(), read.bodyLine(), read.body()));
    }
}
