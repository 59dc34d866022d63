package dev.quire.convert.markdown;

import com.google.inject.Singleton;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown to HTML as Jekyll's default converter (kramdown with GFM input, Rouge for code) prints it,
 * built once per build: flexmark's parser and renderer are immutable and safe to share between
 * threads, so every document and every {@code markdownify} uses the same pair.
 */
@Singleton
public final class KramdownMarkdown {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public KramdownMarkdown() {
        DataHolder options = options();
        this.parser = CopyFreeInlineParser.parser(options);
        this.renderer = HtmlRenderer.builder(options).htmlIdGeneratorFactory(KramdownHeaderIds.factory()).build();
    }

    private static DataHolder options() {
        MutableDataSet options = new MutableDataSet();
        options.setFrom(ParserEmulationProfile.KRAMDOWN);
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AttributesExtension.create(),
                ParserOnly.of(FootnoteExtension.create()),
                DefinitionExtension.create(),
                AbbreviationExtension.create(),
                TaskListExtension.create(),
                TypographicExtension.create(),
                KramdownExtension.create()));
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.INDENT_SIZE, 2);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TaskListExtension.TIGHT_ITEM_CLASS, "task-list-item");
        options.set(TaskListExtension.LOOSE_ITEM_CLASS, "task-list-item");
        options.set(TaskListExtension.PARAGRAPH_CLASS, "");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />");
        options.set(TaskListExtension.ITEM_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />");
        // kramdown prints typographic symbols as characters, not entities
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201C");
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201D");
        options.set(TypographicExtension.DOUBLE_QUOTE_UNMATCHED, "\"");
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "\u2018");
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "\u2019");
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
        options.set(TypographicExtension.ANGLE_QUOTE_OPEN, "\u00AB");
        options.set(TypographicExtension.ANGLE_QUOTE_CLOSE, "\u00BB");
        options.set(TypographicExtension.ANGLE_QUOTE_UNMATCHED, "\u00AB");
        options.set(TypographicExtension.EN_DASH, "\u2013");
        options.set(TypographicExtension.EM_DASH, "\u2014");
        options.set(TypographicExtension.ELLIPSIS, "\u2026");
        options.set(TypographicExtension.ELLIPSIS_SPACED, "\u2026");
        return options.toImmutable();
    }

    /** The HTML of a Markdown text. */
    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
