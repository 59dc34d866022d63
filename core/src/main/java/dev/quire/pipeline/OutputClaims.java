package dev.quire.pipeline;

import dev.quire.error.Problems;
import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.model.SourceFile;
import dev.quire.model.StaticFile;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Checks that no two written documents or static files of a site claim one output file. */
final class OutputClaims {

    private OutputClaims() {
    }

    /** Reports every output file claimed twice, naming both claimants. */
    static void check(Site site, Problems problems) {
        check(site, document -> document.source().displayPath(), problems);
    }

    /**
     * @param describe how a document is named in the message (a generated page says which
     *                 generator made it, since its source may be the file it was made from)
     */
    static void check(Site site, Function<Document, String> describe, Problems problems) {
        Map<String, Claim> claimed = new HashMap<>();
        // Documents by source, then URL (a paginated index and its pages share one source).
        for (Document document : site.outputDocuments().stream()
                .sorted(Comparator.comparing(Document::source).thenComparing(Document::url)).toList()) {
            claim(claimed, document.route().outputPath(),
                    new Claim(document.source(), describe.apply(document)), problems);
        }
        for (StaticFile file : site.outputStaticFiles()) {
            claim(claimed, file.outputPath(), new Claim(file.source(), file.source().displayPath()), problems);
        }
    }

    private record Claim(SourceFile source, String description) {
    }

    private static void claim(Map<String, Claim> claimed, String outputPath, Claim claim, Problems problems) {
        Claim first = claimed.putIfAbsent(outputPath, claim);
        if (first != null) {
            problems.error(claim.source().location(), "'" + claim.description() + "' and '" + first.description()
                    + "' are both written to '" + outputPath + "'",
                    "give one of them another permalink (front matter 'permalink:')");
        }
    }
}
