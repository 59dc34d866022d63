package dev.quire.renderers.archives;

import dev.quire.spi.OptionsKey;
import dev.quire.spi.QuirePlugin;
import java.util.List;

/** Registers the archives generator (jekyll-archives' category, tag and date archive pages). */
public final class ArchivesPlugin extends QuirePlugin {

    @Override
    public String name() {
        return "archives";
    }

    @Override
    public List<OptionsKey<?>> options() {
        return List.of(ArchivesOptions.KEY);
    }

    @Override
    protected void configure() {
        generators().addBinding().to(ArchivesGenerator.class);
    }
}
