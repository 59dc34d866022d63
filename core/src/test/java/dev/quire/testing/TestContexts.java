package dev.quire.testing;

import dev.quire.config.KeyLocations;
import dev.quire.load.CollectingLoadContext;
import dev.quire.load.EntryFilter;
import dev.quire.load.Yaml;
import dev.quire.error.Problems;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.spi.Output;
import dev.quire.spi.RenderContext;
import dev.quire.spi.TransformContext;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configurations and contexts for testing one component without a whole build. A configuration is
 * Jekyll's defaults overlaid with the given values (as {@code _config.yml} would give them); its
 * zone is {@code timezone} (UTC without it) and its build time {@link TestSite#TIME}.
 */
public final class TestContexts {

    private TestContexts() {
    }

    public static SiteConfig config(Path source) {
        return config(source, Map.of());
    }

    public static SiteConfig config(Path source, Map<String, ?> values) {
        Map<String, Object> all = SiteConfig.defaults();
        all.putAll(values);
        Object timezone = all.get("timezone");
        ZoneId zone = timezone == null ? null : ZoneId.of(timezone.toString());
        ZoneId effective = zone == null ? java.time.ZoneOffset.UTC : zone;
        all.put("time", TestSite.TIME.atZone(effective));
        return new SiteConfig(source.toAbsolutePath().normalize(), new LinkedHashMap<>(all), zone,
                TestSite.TIME.atZone(effective));
    }

    /**
     * A configuration read from one configuration file's text, as {@link #config(Path, Map)} gives
     * one, that also knows where each key is written ({@link SiteConfig#locationOf}).
     */
    public static SiteConfig config(Path source, String file, String yaml) {
        Yaml.LocatedMapping read = Yaml.parseLocatedMapping(yaml, file, 1);
        SiteConfig plain = config(source, read.values());
        return new SiteConfig(plain.source(), plain.values(), plain.zone(), plain.time(),
                KeyLocations.none(KeyLocations.DEFAULT_FILE).withFile(SiteConfig.defaults(), read, file));
    }

    /** A context of the resolve phase: {@link TransformContext#site()} throws. */
    public static TransformContext resolve(SiteConfig config, Problems problems) {
        return new TransformContext() {
            @Override
            public SiteConfig config() {
                return config;
            }

            @Override
            public Site site() {
                throw new IllegalStateException("no site in the resolve phase");
            }

            @Override
            public Problems problems() {
                return problems;
            }
        };
    }

    public static TransformContext resolve(SiteConfig config) {
        return resolve(config, new RecordingProblems());
    }

    /** A context of the convert phase, for the given site. */
    public static TransformContext convert(Site site, Problems problems) {
        return new TransformContext() {
            @Override
            public SiteConfig config() {
                return site.config();
            }

            @Override
            public Site site() {
                return site;
            }

            @Override
            public Problems problems() {
                return problems;
            }
        };
    }

    public static TransformContext convert(Site site) {
        return convert(site, new RecordingProblems());
    }

    /** A site of the given configuration with no documents, layouts or static files. */
    public static Site emptySite(SiteConfig config) {
        return new Site(config, List.of(), List.of(), Map.of(), List.of());
    }

    public static RenderContext render(Site site, Output output, Problems problems) {
        return RenderContext.of(site, output, problems);
    }

    /** The build's own load context over {@code config}, collecting what loaders add. */
    public static CollectingLoadContext load(SiteConfig config) {
        return load(config, new RecordingProblems());
    }

    /** A load context that reports to the given problems. */
    public static CollectingLoadContext load(SiteConfig config, dev.quire.error.Problems problems) {
        return new CollectingLoadContext(config, new EntryFilter(config), problems);
    }
}
