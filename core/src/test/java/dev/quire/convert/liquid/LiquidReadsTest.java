package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.model.Document;
import dev.quire.model.Reads;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a document's Liquid records while it is converted, for an incremental build ({@link Reads}). */
class LiquidReadsTest {

    private static final String OLDER = "_posts/2019-05-21-older.md";
    private static final String NEWER = "_posts/2019-05-22-newer.md";

    @TempDir
    Path root;

    /** Converts {@code docs/guide.md} with {@code body}, recording what it reads. */
    private Reads.Recorded<Document> convert(String body) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(OLDER, "---\ntitle: Older\n---\nOlder\n");
        files.put(NEWER, "---\ntitle: Newer\n---\nNewer\n");
        files.put("docs/part.md", "part");
        files.put("docs/guide.md", "---\ntitle: Guide\n---\n" + body);
        TestSite site = TestSite.create(root, files);
        SiteConfig config = TestContexts.config(site.source(), Map.of("title", "T"));
        Document guide = TestDocuments.resolve(config, "docs/guide.md");
        Site indexed = new Site(config, List.of(TestDocuments.resolve(config, OLDER),
                TestDocuments.resolve(config, NEWER)), List.of(guide), Map.of(), List.of());
        LiquidTransformer transformer = new LiquidTransformer(new LiquidEngine(config));
        return Reads.during(() -> transformer.transform(guide, TestContexts.convert(indexed)));
    }

    private static Reads.Read read(String owner, String key) {
        return new Reads.Read(owner, key);
    }

    @Test
    void variablesReadAreRecordedByTheirView() throws Exception {
        Reads.Recorded<Document> recorded = convert("{{ page.title }} of {{ site.title }}");

        assertEquals("Guide of T", recorded.value().content());
        assertTrue(recorded.reads().containsAll(Set.of(read("doc:docs/guide.md", "title"), read("site", "title"))),
                recorded.reads().toString());
        assertFalse(recorded.reads().contains(read("site", Reads.ALL)), recorded.reads().toString());
        assertFalse(recorded.reads().contains(read(LinkReads.OWNER, LinkReads.KEY)), recorded.reads().toString());
    }

    @Test
    void postsReadThroughTheSiteAreRecordedByPost() throws Exception {
        Reads.Recorded<Document> recorded = convert("{% for p in site.posts %}{{ p.title }};{% endfor %}");

        assertEquals("Newer;Older;", recorded.value().content());
        assertTrue(recorded.reads().containsAll(Set.of(read("site", "posts"), read("doc:" + NEWER, "title"),
                read("doc:" + OLDER, "title"))), recorded.reads().toString());
    }

    @Test
    void linkTagsRecordTheLinkTable() throws Exception {
        Reads.Recorded<Document> postUrl = convert("{% post_url 2019-05-21-older %}");
        Reads.Recorded<Document> link = convert("{% link " + NEWER + " %}");

        assertEquals("/2019/05/21/older.html", postUrl.value().content());
        assertTrue(postUrl.reads().contains(read(LinkReads.OWNER, LinkReads.KEY)), postUrl.reads().toString());
        assertEquals("/2019/05/22/newer.html", link.value().content());
        assertTrue(link.reads().contains(read(LinkReads.OWNER, LinkReads.KEY)), link.reads().toString());
    }

    @Test
    void everyDocumentIncludingAFileRecordsItAlsoWhenTheEngineReadItBefore() throws Exception {
        TestSite site = TestSite.create(root, Map.of(
                "docs/part.md", "part",
                "docs/a.md", "---\n---\n[{% include_relative part.md %}]",
                "docs/b.md", "---\n---\n({% include_relative part.md %})"));
        SiteConfig config = TestContexts.config(site.source());
        Document a = TestDocuments.resolve(config, "docs/a.md");
        Document b = TestDocuments.resolve(config, "docs/b.md");
        Site indexed = new Site(config, List.of(), List.of(a, b), Map.of(), List.of());
        LiquidTransformer transformer = new LiquidTransformer(new LiquidEngine(config));
        Reads.Read part = read("file:docs/part.md", "text");

        for (Document document : List.of(a, b, a)) {
            Reads.Recorded<Document> recorded = Reads.during(() -> transformer.transform(document,
                    TestContexts.convert(indexed)));
            assertTrue(recorded.reads().contains(part), document.source() + ": " + recorded.reads());
        }
    }

    @Test
    void includeRelativeRecordsTheFileItReadByItsPathInTheSource() throws Exception {
        Reads.Recorded<Document> recorded = convert("[{% include_relative part.md %}]");

        assertEquals("[part]", recorded.value().content());
        assertTrue(recorded.reads().contains(read("file:docs/part.md", "text")), recorded.reads().toString());
    }
}
