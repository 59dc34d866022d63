package dev.quire.resolve;

import dev.quire.error.QuireException;
import dev.quire.load.PostPath;
import dev.quire.model.Document;
import dev.quire.spi.TransformContext;
import dev.quire.spi.Transformer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Sets {@code date}: from front matter when present (Jekyll's YAML-type rules), else from a post's
 * file name (midnight in the site zone), else, for a draft, the file's modification time.
 */
public final class DateTransformer implements Transformer {

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Phase phase() {
        return Phase.RESOLVE;
    }

    @Override
    public Document transform(Document document, TransformContext context) {
        ZoneId zone = context.config().zone();
        Object frontMatterDate = document.frontMatter().get("date");
        if (frontMatterDate != null && !document.inCollection()) {
            // Jekyll keeps a page's date as written when it is not a date.
            return Dates.toZoned(frontMatterDate, zone).map(date -> document.withData("date", date)).orElse(document);
        }
        if (frontMatterDate != null) {
            ZonedDateTime date = Dates.toZoned(frontMatterDate, zone).orElseThrow(() -> new QuireException(
                    document.source().location(FrontMatterLines.lineOf(document, "date"), 1),
                    "Invalid date '" + frontMatterDate + "': Document '" + document.source().path()
                            + "' does not have a valid date in the YAML front matter.",
                    "write the date as YYYY-MM-DD HH:MM:SS +/-TTTT; the time and offset are optional"));
            return document.withData("date", date);
        }
        if (!document.inCollection()) {
            return document;
        }
        PostPath post = DocumentPaths.of(document, context.config()).orElse(null);
        if (post == null || post.date() == null) {
            // Jekyll: a draft is dated by its file, any other undated document by the site's time.
            return document.withData("date", document.isPost() ? modified(document, zone)
                    : context.config().time().withZoneSameInstant(zone));
        }
        Optional<ZonedDateTime> date = Dates.parse(post.date(), zone);
        return document.withData("date", date.orElseThrow(() -> new QuireException(document.source().location(),
                "Invalid date '" + post.date() + "': Document '" + document.source().path()
                        + "' does not have a valid date in the filename.",
                "name the file YYYY-MM-DD-title" + document.source().extension() + " with a real date")));
    }

    private static ZonedDateTime modified(Document document, ZoneId zone) {
        try {
            return Files.getLastModifiedTime(document.source().absolute()).toInstant().atZone(zone).withNano(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
