package dev.quire.check;

import dev.quire.error.QuireException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The link check of a built site, as the front ends run it ({@code quire:check}, {@code quire
 * check}): reads {@code baseurl} and {@code url} from the configuration, walks the site with
 * {@link LinkWalker} and, for each broken link, looks up where it is written with {@link LinkSources}.
 *
 * @param site        the built site (made absolute)
 * @param source      the site's source folder: its configuration and the files searched for the links (made absolute)
 * @param configFiles the configuration files, as a build takes them; empty: the source's {@code _config.yml}
 * @param baseurl     the path the site is served under, replacing the configuration's; {@code null}: the configuration's
 */
public record LinkCheck(Path site, Path source, List<Path> configFiles, String baseurl) {

    /** How many places a report names for one link. */
    private static final int PLACES = 3;

    public LinkCheck {
        site = site.toAbsolutePath().normalize();
        source = source.toAbsolutePath().normalize();
        configFiles = configFiles.stream().map(file -> file.toAbsolutePath().normalize()).toList();
    }

    /** A check of {@code site}, built from {@code source} with its own configuration file. */
    public static LinkCheck of(Path site, Path source) {
        return new LinkCheck(site, source, List.of(), null);
    }

    public LinkCheck withConfigFiles(List<Path> files) {
        return new LinkCheck(site, source, files, baseurl);
    }

    public LinkCheck withBaseurl(String newBaseurl) {
        return new LinkCheck(site, source, configFiles, newBaseurl);
    }

    /** Whether there is a site to check; the front ends say to build it first when not. */
    public boolean siteExists() {
        return Files.isDirectory(site);
    }

    /**
     * Checks every link of the site.
     *
     * @throws QuireException when a configuration file is missing or broken (naming it, with its line)
     * @throws IOException    when the site cannot be read
     */
    public LinkReport run() throws IOException {
        SiteAddress address = SiteAddress.read(source, configFiles);
        String servedUnder = baseurl != null ? baseurl : address.baseurl();
        long start = System.nanoTime();
        List<BrokenLink> broken = LinkWalker.of(site).withBaseurl(servedUnder).withSiteUrl(address.url()).walk();
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        if (broken.isEmpty()) {
            return new LinkReport(site, broken, List.of(), time, Optional.empty());
        }
        LinkSources sources = null;
        Optional<String> notRead = Optional.empty();
        if (Files.isDirectory(source)) {
            try {
                sources = LinkSources.read(source, servedUnder, Set.of(site));
            } catch (IOException e) {
                notRead = Optional.of(e.toString());
            }
        }
        LinkSources found = sources;
        List<String> lines = broken.stream()
                .map(link -> LinkReport.line(site, link, source, found == null ? List.of() : found.find(link.link(), PLACES)))
                .toList();
        return new LinkReport(site, broken, lines, time, notRead);
    }
}
