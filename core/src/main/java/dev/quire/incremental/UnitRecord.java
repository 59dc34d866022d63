package dev.quire.incremental;

import dev.quire.error.Problem;
import dev.quire.model.Reads;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one piece of work on one document did in a build (its conversion, or one output file a
 * renderer made of it): the digest of the document as it was given, the digest of each value it
 * read, the warnings and notes it reported, and (for a conversion) the content it made. The next
 * build may take the result instead of doing the work when the document and every read are the same.
 *
 * @param own      {@link #ownDigest} of the document the work was given
 * @param reads    each read and the digest of the value it had
 * @param problems the warnings and notes the work reported, to report again when it is reused
 * @param content  the converted content, for a conversion; {@code null} for an output file
 */
public record UnitRecord(String own, SortedMap<Reads.Read, String> reads, List<Problem> problems, String content) {

    public UnitRecord {
        reads = new TreeMap<>(reads);
        problems = List.copyOf(problems);
    }

    /** Whether the work may be skipped for a document of digest {@code own} in this version of the site. */
    boolean holdsFor(String ownNow, StageValues stage) {
        return own.equals(ownNow) && stage.unchanged(reads);
    }

    /**
     * The digest of a document as work is given it: its source, kind, content, data (without values
     * computed when read: an excerpt is recorded as a read), generator variables, route and
     * output extension.
     */
    public static String ownDigest(dev.quire.model.Document document) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        document.data().forEach((key, value) -> {
            if (!(value instanceof dev.quire.model.Deferred)) {
                data.put(key, value);
            }
        });
        return ValueDigest.of(java.util.Arrays.asList(document.source().displayPath(), String.valueOf(document.kind()),
                document.content(), data, document.globals(),
                document.route() == null ? null : List.of(document.route().url(), document.route().outputPath()),
                document.outputExtension(), document.publication().name()));
    }
}
