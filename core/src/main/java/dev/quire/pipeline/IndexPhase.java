package dev.quire.pipeline;

import dev.quire.error.Problems;
import dev.quire.model.Document;
import dev.quire.model.Layout;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.model.StaticFile;
import dev.quire.resolve.CollectionOrder;
import java.util.HashSet;
import java.util.Set;
import dev.quire.model.Theme;
import java.util.List;
import java.util.Map;

/**
 * Assembles the immutable {@link Site} and checks that no two documents or static files claim the
 * same output file.
 */
final class IndexPhase {

    private IndexPhase() {
    }

    static Site run(SiteConfig config, List<Document> documents, Map<String, Layout> layouts,
            List<StaticFile> staticFiles, Map<String, Object> data, Problems problems) {
        return run(config, documents, layouts, staticFiles, data, null, problems);
    }

    static Site run(SiteConfig config, List<Document> documents, Map<String, Layout> layouts,
            List<StaticFile> staticFiles, Map<String, Object> data, Theme theme, Problems problems) {
        documents = PostLimit.apply(config, documents);
        if (theme != null) {
            // A theme's page or asset yields to the site's own file written to the same place (a
            // site's 404.md over the theme's 404.html).
            Set<String> siteOutputs = new HashSet<>();
            documents.stream().filter(d -> !d.source().fromTheme() && d.route() != null)
                    .forEach(d -> siteOutputs.add(d.route().outputPath()));
            staticFiles.stream().filter(f -> !f.source().fromTheme()).forEach(f -> siteOutputs.add(f.outputPath()));
            documents = documents.stream().filter(d -> !d.source().fromTheme() || d.route() == null
                    || !siteOutputs.contains(d.route().outputPath())).toList();
            staticFiles = staticFiles.stream().filter(f -> !f.source().fromTheme()
                    || !siteOutputs.contains(f.outputPath())).toList();
        }
        List<Document> posts = documents.stream().filter(Document::isPost).toList();
        List<Document> pages = documents.stream().filter(d -> !d.inCollection()).toList();
        List<Document> others = new java.util.ArrayList<>();
        for (dev.quire.model.Collection collection : config.collections()) {
            if (!collection.isPosts()) {
                List<Document> inCollection = documents.stream()
                        .filter(d -> collection.label().equals(d.collection())).toList();
                others.addAll(CollectionOrder.sort(inCollection, collection, config, problems));
            }
        }
        Site site = new Site(config, posts, pages, others, layouts, staticFiles, data, theme);
        OutputClaims.check(site, problems);
        return site;
    }
}
