package dev.quire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.model.Layout;
import dev.quire.model.SourceFile;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutLoaderTest {

    @TempDir
    Path root;

    private final LayoutLoader loader = new LayoutLoader();

    @Test
    void layoutsAreNamedByTheirPathWithoutExtension() throws IOException {
        TestSite site = TestSite.create(root, Map.of(
                "_layouts/post.ftlh", "---\nlayout: default\n---\n<article>${content}</article>\n",
                "_layouts/default.ftlh", "<html>${content}</html>",
                "_layouts/docs/page.html", "{{ content }}",
                "_layouts/.swp", "x"));
        CollectingLoadContext context = TestContexts.load(TestContexts.config(site.source()));

        assertFalse(loader.claims(new SourceFile(site.source(), "_layouts/.swp"), context));
        assertFalse(loader.claims(new SourceFile(site.source(), "layouts/post.ftlh"), context));
        for (String path : new String[] {"_layouts/post.ftlh", "_layouts/default.ftlh", "_layouts/docs/page.html"}) {
            SourceFile file = new SourceFile(site.source(), path);
            assertTrue(loader.claims(file, context), path);
            loader.load(file, context);
        }

        Layout post = context.layouts().get(0);
        assertEquals("post", post.name());
        assertEquals("default", post.parent());
        assertEquals("<article>${content}</article>\n", post.body());
        assertEquals(4, post.bodyLine());
        assertEquals(".ftlh", post.extension());
        Layout outer = context.layouts().get(1);
        assertEquals("default", outer.name());
        assertNull(outer.parent());
        assertEquals("<html>${content}</html>", outer.body());
        assertEquals("docs/page", context.layouts().get(2).name());
    }

    @Test
    void editorBackupsAndSpecialNamesAreNotLayouts() {
        TestSite site = TestSite.create(root, Map.of(
                "_layouts/default.ftlh", "<html>${content}</html>",
                "_layouts/default.ftlh~", "<html>old</html>",
                "_layouts/#default.ftlh#", "<html>autosave</html>",
                "_layouts/~default.ftlh", "x",
                "_layouts/.#default.ftlh", "x",
                "_layouts/_draft.ftlh", "x",
                "_layouts/_parts/box.ftlh", "x",
                "_layouts/docs/.page.ftlh.swp", "x",
                "_layouts/docs/page.ftlh", "x"));
        CollectingLoadContext context = TestContexts.load(TestContexts.config(site.source()));

        for (String path : new String[] {"_layouts/default.ftlh~", "_layouts/#default.ftlh#", "_layouts/~default.ftlh",
                "_layouts/.#default.ftlh", "_layouts/_draft.ftlh", "_layouts/_parts/box.ftlh",
                "_layouts/docs/.page.ftlh.swp"}) {
            assertFalse(loader.claims(new SourceFile(site.source(), path), context), path);
        }
        assertTrue(loader.claims(new SourceFile(site.source(), "_layouts/default.ftlh"), context));
        assertTrue(loader.claims(new SourceFile(site.source(), "_layouts/docs/page.ftlh"), context));
    }
}
