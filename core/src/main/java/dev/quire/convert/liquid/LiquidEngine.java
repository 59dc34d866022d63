package dev.quire.convert.liquid;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import dev.quire.model.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import liqp.Template;
import liqp.TemplateParser;
import liqp.antlr.LocalFSNameResolver;
import liqp.antlr.NameResolver;
import liqp.parser.Flavor;

/** One Liquid parser per build, Jekyll flavour, with Quire's Jekyll filters and {@code _includes}. */
@Singleton
public final class LiquidEngine {

    private final TemplateParser parser;

    @Inject
    public LiquidEngine(SiteConfig config) {
        this.parser = new TemplateParser.Builder()
                .withFlavor(Flavor.JEKYLL)
                .withNameResolver(confinedTo(config.source(), config.source().resolve("_includes")))
                .withFilter(UrlFilters.relativeUrl(config))
                .withFilter(UrlFilters.absoluteUrl(config))
                .build();
    }

    public Template parse(String text) {
        return parser.parse(text);
    }

    /**
     * Resolves {@code {% include name %}} inside the includes folder only, as Jekyll does: an
     * absolute name, a name that climbs out with {@code ..}, or a symbolic link that leads out of
     * the source folder is refused (Liqp's own resolver reads absolute paths as they are).
     */
    static NameResolver confinedTo(Path source, Path includes) {
        Path root = includes.toAbsolutePath().normalize();
        Path sourceRoot = source.toAbsolutePath().normalize();
        LocalFSNameResolver local = new LocalFSNameResolver(root.toString());
        return name -> {
            Path target;
            try {
                target = root.resolve(name).normalize();
            } catch (InvalidPathException e) {
                throw new IOException("invalid include name '" + name + "'", e);
            }
            if (Path.of(name).isAbsolute() || !target.startsWith(root)) {
                throw new IOException("include '" + name + "' is not inside the _includes folder");
            }
            if (Files.exists(target) && !target.toRealPath().startsWith(sourceRoot.toRealPath())) {
                throw new IOException("include '" + name + "' leads outside the source folder");
            }
            return local.resolve(name);
        };
    }
}
