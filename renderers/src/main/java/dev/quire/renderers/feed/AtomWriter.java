package dev.quire.renderers.feed;

import dev.quire.model.Deferred;
import dev.quire.model.Document;
import dev.quire.model.Drops;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.spi.Text;
import java.util.List;
import java.util.Map;

/**
 * Writes one Atom feed as jekyll-feed 0.17.0's template ({@code feed.xml}, minified by its
 * generator) prints it, element for element and with the same escaping, so that feed readers see
 * the same feed after a move from Jekyll. Differences on purpose: the {@code generator} element
 * names Quire, and the feed's {@code updated} is its newest entry's (jekyll-feed prints the build
 * time, so every build would change every feed, and readers would see a change where there is none).
 */
final class AtomWriter {

    /** One {@code <entry>} and its {@code updated} date, which the feed's own {@code updated} takes the newest of. */
    record Entry(String xml, String updated) {
    }

    static final String GENERATOR = "<generator>Quire</generator>";

    private final Site site;
    private final SiteConfig config;
    private final FeedOptions options;

    AtomWriter(Site site, FeedOptions options) {
        this.site = site;
        this.config = site.config();
        this.options = options;
    }

    /**
     * The feed's head ({@code <feed>} to the site author), then the given entries, then the end.
     *
     * @param stylesheet whether the site has {@code feed.xslt.xml}, which the feed then names
     */
    String feed(Feed feed, List<Entry> entries, boolean stylesheet) {
        Object lang = config.get("lang");
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        if (stylesheet) {
            xml.append("<?xml-stylesheet type=\"text/xml\" href=\"").append(Text.absoluteUrl(config, "/feed.xslt.xml"))
                    .append("\"?>");
        }
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" ");
        if (Liquid.truthy(lang)) {
            xml.append("xml:lang=\"").append(lang).append('"');
        }
        xml.append('>').append(GENERATOR);
        xml.append("<link href=\"").append(Text.absoluteUrl(config, feed.url()))
                .append("\" rel=\"self\" type=\"application/atom+xml\" />");
        xml.append("<link href=\"").append(Text.absoluteUrl(config, "/")).append("\" rel=\"alternate\" type=\"text/html\" ");
        if (Liquid.truthy(lang)) {
            xml.append("hreflang=\"").append(lang).append("\" ");
        }
        xml.append("/>");
        xml.append("<updated>").append(updated(entries)).append("</updated>");
        xml.append("<id>").append(Text.xmlEscape(Text.absoluteUrl(config, feed.url()))).append("</id>");
        String title = title(feed);
        if (title != null) {
            xml.append("<title type=\"html\">").append(Text.xmlEscape(Text.smartify(title))).append("</title>");
        }
        Object description = config.get("description");
        if (Liquid.truthy(description)) {
            xml.append("<subtitle>").append(Text.xmlEscape(description.toString())).append("</subtitle>");
        }
        Object author = config.get("author");
        if (Liquid.truthy(author)) {
            xml.append("<author><name>")
                    .append(Text.xmlEscape(Liquid.text(Liquid.orDefault(Liquid.property(author, "name"), author))))
                    .append("</name>");
            appendIfTruthy(xml, "email", Liquid.property(author, "email"));
            appendIfTruthy(xml, "uri", Liquid.property(author, "uri"));
            xml.append("</author>");
        }
        entries.forEach(entry -> xml.append(entry.xml()));
        return xml.append("</feed>").toString();
    }

    /** The newest of the entries' {@code updated} dates; for a feed without entries, the site's time. */
    private String updated(List<Entry> entries) {
        return entries.stream().max(java.util.Comparator.comparing(entry -> java.time.OffsetDateTime.parse(entry.updated())
                .toInstant())).map(Entry::updated).orElseGet(() -> Text.dateToXmlschema(config, config.time()));
    }

    /** {@code site.title | default: site.name}, then {@code | Collection} and {@code | Category}; nil without any. */
    private String title(Feed feed) {
        Object title = Liquid.orDefault(config.get("title"), config.get("name"));
        String text = title == null ? null : title.toString();
        if (!"posts".equals(feed.collection())) {
            text = Liquid.text(text) + " | " + Liquid.capitalize(feed.collection());
        }
        if (feed.category() != null) {
            text = Liquid.text(text) + " | " + Liquid.capitalize(feed.category());
        }
        return text;
    }

    /** One {@code <entry>}: a post (or collection document) as jekyll-feed lists it. */
    Entry entry(Document document) {
        Map<String, Object> post = Drops.page(document);
        try {
            return entry(document, post);
        } catch (Deferred.Failure failure) {
            // a broken excerpt is reported where it is written, not here
            throw failure.problem();
        }
    }

    private Entry entry(Document document, Map<String, Object> post) {
        StringBuilder xml = new StringBuilder(1024 + document.content().length());
        xml.append("<entry");
        if (Liquid.truthy(post.get("lang"))) {
            xml.append(" xml:lang=\"").append(post.get("lang")).append('"');
        }
        xml.append('>');
        String title = Text.xmlEscape(Text.normalizeWhitespace(Text.stripHtml(Text.smartify(Liquid.text(post.get("title"))))));
        String url = Text.absoluteUrl(config, document.url());
        xml.append("<title type=\"html\">").append(title).append("</title>");
        xml.append("<link href=\"").append(url).append("\" rel=\"alternate\" type=\"text/html\" title=\"").append(title)
                .append("\" />");
        Object date = FeedEntries.date(document, config);
        xml.append("<published>").append(date(document, "date", date)).append("</published>");
        Object lastModified = Liquid.orDefault(post.get("last_modified_at"), date);
        String updated = date(document, "last_modified_at", lastModified);
        xml.append("<updated>").append(updated).append("</updated>");
        xml.append("<id>").append(Text.xmlEscape(Text.absoluteUrl(config, Liquid.text(post.get("id"))))).append("</id>");
        Object excerptOnly = Liquid.orDefault(Liquid.property(post.get("feed"), "excerpt_only"), options.excerptOnly());
        if (!Liquid.truthy(excerptOnly)) {
            xml.append("<content type=\"html\" xml:base=\"").append(Text.xmlEscape(url)).append("\">")
                    .append(cdata(Liquid.strip(document.content()))).append("</content>");
        }
        appendAuthor(xml, post);
        Object category = post.get("category");
        if (Liquid.truthy(category)) {
            appendCategory(xml, category);
        } else if (post.get("categories") instanceof List<?> categories) {
            categories.forEach(term -> appendCategory(xml, term));
        }
        if (post.get("tags") instanceof List<?> tags) {
            tags.forEach(term -> appendCategory(xml, term));
        }
        Object summary = Liquid.orDefault(post.get("description"), document.data().get("excerpt"));
        // A rendered excerpt is an object to Liquid, never 'empty'; only a text can be.
        boolean hasSummary = summary instanceof Deferred
                || Liquid.truthy(summary) && !(summary instanceof CharSequence text && text.length() == 0);
        if (hasSummary) {
            xml.append("<summary type=\"html\">")
                    .append(cdata(Text.normalizeWhitespace(Text.stripHtml(summary.toString())))).append("</summary>");
        }
        Object image = post.get("image");
        Object imageUrl = Liquid.orDefault(Liquid.property(image, "path"), image);
        if (Liquid.truthy(imageUrl) && !(imageUrl instanceof Map<?, ?>)) {
            String href = imageUrl.toString();
            if (!href.contains("://")) {
                href = Text.absoluteUrl(config, href);
            }
            String escaped = Text.xmlEscape(href);
            xml.append("<media:thumbnail xmlns:media=\"http://search.yahoo.com/mrss/\" url=\"").append(escaped)
                    .append("\" />");
            xml.append("<media:content medium=\"image\" url=\"").append(escaped)
                    .append("\" xmlns:media=\"http://search.yahoo.com/mrss/\" />");
        }
        return new Entry(xml.append("</entry>").toString(), updated);
    }

    /**
     * The entry's author: the post's {@code author} (else the first of {@code authors}, else the
     * site's), looked up in {@code site.data.authors} when it is a key there.
     */
    private void appendAuthor(StringBuilder xml, Map<String, Object> post) {
        Object author = Liquid.orDefault(post.get("author"), null);
        if (author == null && post.get("authors") instanceof List<?> authors && !authors.isEmpty()) {
            author = Liquid.orDefault(authors.get(0), null);
        }
        if (author == null) {
            author = config.get("author");
        }
        Object authors = Liquid.property(site.data(), "authors");
        if (authors instanceof Map<?, ?> known && !(author instanceof Map<?, ?>) && author != null) {
            author = Liquid.orDefault(known.get(author.toString()), author);
        }
        Object name = Liquid.orDefault(Liquid.property(author, "name"), author);
        xml.append("<author><name>").append(Text.xmlEscape(name instanceof Map<?, ?> ? "" : Liquid.text(name)))
                .append("</name>");
        appendIfTruthy(xml, "email", Liquid.property(author, "email"));
        appendIfTruthy(xml, "uri", Liquid.property(author, "uri"));
        xml.append("</author>");
    }

    private static void appendCategory(StringBuilder xml, Object term) {
        xml.append("<category term=\"").append(Text.xmlEscape(Liquid.text(term))).append("\" />");
    }

    private static void appendIfTruthy(StringBuilder xml, String element, Object value) {
        if (Liquid.truthy(value)) {
            xml.append('<').append(element).append('>').append(Text.xmlEscape(value.toString())).append("</")
                    .append(element).append('>');
        }
    }

    private String date(Document document, String key, Object value) {
        try {
            return Text.dateToXmlschema(config, value);
        } catch (IllegalArgumentException e) {
            throw new dev.quire.error.QuireException(document.source().location(), "'" + key + "' is not a date: '"
                    + value + "' (the feed prints it as the entry's date)", "write a date such as 2024-02-03 10:00:00 +0100");
        }
    }

    /**
     * Text in a CDATA section. jekyll-feed writes it as it is, so a {@code ]]>} in a post ends the
     * section early and breaks the feed; here it is split across two sections instead.
     */
    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
