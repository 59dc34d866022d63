package dev.quire.resolve;

import dev.quire.load.PostPath;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.spi.TransformContext;
import dev.quire.spi.Transformer;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Drops what Jekyll does not publish: {@code published: false} (unless {@code unpublished}),
 * posts dated after the build time (unless {@code future}), drafts (unless {@code show_drafts}).
 */
public final class PublishingTransformer implements Transformer {

    @Override
    public String name() {
        return "publishing";
    }

    @Override
    public Phase phase() {
        return Phase.RESOLVE;
    }

    @Override
    public Set<String> after() {
        return Set.of("dates");
    }

    @Override
    public Document transform(Document document, TransformContext context) {
        SiteConfig config = context.config();
        if (Boolean.FALSE.equals(document.frontMatter().get("published")) && !config.unpublished()) {
            return document.unpublished();
        }
        boolean draft = document.isPost() && PostPath.parse(document.source()).map(PostPath::draft).orElse(false);
        if (draft && !config.showDrafts()) {
            return document.unpublished();
        }
        ZonedDateTime date = document.date();
        if (document.inCollection() && date != null && !config.future()
                && date.truncatedTo(ChronoUnit.SECONDS).isAfter(config.time().truncatedTo(ChronoUnit.SECONDS))) {
            // Jekyll leaves future posts out; other collections list them but do not write them.
            if (!document.isPost()) {
                return document.listedOnly();
            }
            // Jekyll prints "Skipping: <path> has a future date"; a note, as a scheduled post is no mistake
            context.problems().info(document.source().location(),
                    "skipped: the post is dated " + date.toOffsetDateTime() + ", after the build time",
                    "build with --future (future: true) to publish it now");
            return document.unpublished();
        }
        return document;
    }
}
