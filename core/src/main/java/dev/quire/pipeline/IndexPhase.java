package dev.quire.pipeline;

import dev.quire.error.Problems;
import dev.quire.model.Document;
import dev.quire.model.Layout;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.model.StaticFile;
import java.util.HashMap;
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
        documents = PostLimit.apply(config, documents);
        Map<String, SourceFile> claimed = new HashMap<>();
        List<Document> inOrder = documents.stream().sorted(java.util.Comparator.comparing(Document::source)).toList();
        for (Document document : inOrder) {
            claim(claimed, document.route().outputPath(), document.source(), problems);
        }
        for (StaticFile file : staticFiles) {
            claim(claimed, file.outputPath(), file.source(), problems);
        }
        List<Document> posts = documents.stream().filter(Document::isPost).toList();
        List<Document> pages = documents.stream().filter(d -> !d.isPost()).toList();
        return new Site(config, posts, pages, layouts, staticFiles, data);
    }

    private static void claim(Map<String, SourceFile> claimed, String outputPath, SourceFile source, Problems problems) {
        SourceFile first = claimed.putIfAbsent(outputPath, source);
        if (first != null) {
            problems.error(source.location(), "'" + source.path() + "' and '" + first.path()
                    + "' are both written to '" + outputPath + "'",
                    "give one of them another permalink (front matter 'permalink:')");
        }
    }
}
