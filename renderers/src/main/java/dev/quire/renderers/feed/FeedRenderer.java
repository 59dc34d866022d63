package dev.quire.renderers.feed;

import dev.quire.error.Problem;
import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.spi.RenderContext;
import dev.quire.spi.Renderer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Writes the site's Atom feeds ({@code feed.xml} and those {@code feed:} asks for), as jekyll-feed 0.17.0. */
public final class FeedRenderer implements Renderer {

    @Override
    public String name() {
        return "feed";
    }

    @Override
    public void render(RenderContext context) {
        Site site = context.site();
        FeedOptions options = site.config().options(FeedOptions.KEY);
        if (!options.enabled()) {
            return;
        }
        AtomWriter writer = new AtomWriter(site, options);
        boolean stylesheet = Files.exists(site.config().source().resolve("feed.xslt.xml"));
        for (Feed feed : FeedPlanner.plan(site, options)) {
            List<Document> documents;
            try {
                documents = FeedEntries.of(site, feed, options.postsLimit());
            } catch (IllegalArgumentException e) {
                context.problems().report(Problem.error(
                        site.config().keyLocations().of(FeedOptions.KEY.section(), "collections"), "'feed.collections' names '"
                        + feed.collection() + "', which is not a collection of this site",
                        "list it under 'collections:' too, or remove it from 'feed.collections'"));
                continue;
            }
            List<AtomWriter.Entry> entries = new ArrayList<>();
            context.forEachDocument(documents, document -> entries.add(writer.entry(document)));
            context.output().write(feed.outputPath(), writer.feed(feed, entries, stylesheet));
        }
    }
}
