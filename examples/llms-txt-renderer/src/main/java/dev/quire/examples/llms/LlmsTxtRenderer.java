package dev.quire.examples.llms;

import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.spi.RenderContext;
import dev.quire.spi.Renderer;
import java.util.List;

/**
 * Writes {@code llms.txt} (llmstxt.org): the site's title as a heading, its description as a
 * quote, and its posts, newest first, as a list of links with their descriptions.
 */
public final class LlmsTxtRenderer implements Renderer {

    @Override
    public String name() {
        return "llms-txt";
    }

    @Override
    public void render(RenderContext context) {
        Site site = context.site();
        SiteConfig config = site.config();
        LlmsTxtOptions options = config.options(LlmsTxtOptions.KEY);
        if (!options.enabled()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append("# ").append(config.string("title", "Untitled site")).append("\n\n");
        String description = config.string("description", "");
        if (!description.isBlank()) {
            text.append("> ").append(description.strip()).append("\n\n");
        }
        List<Document> posts = site.postsNewestFirst();
        if (options.limit() > 0 && posts.size() > options.limit()) {
            posts = posts.subList(0, options.limit());
        }
        text.append("## Posts\n\n");
        for (Document post : posts) {
            text.append("- [").append(post.title()).append("](")
                    .append(config.url()).append(config.baseUrl()).append(post.url()).append(")");
            Object summary = post.data().get("description");
            if (summary != null) {
                text.append(": ").append(summary.toString().strip());
            }
            text.append('\n');
        }
        context.output().write(options.path(), text.toString());
    }
}
