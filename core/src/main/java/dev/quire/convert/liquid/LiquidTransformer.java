package dev.quire.convert.liquid;

import com.google.inject.Inject;
import dev.quire.convert.liquid.IncludeTag.IncludeException;
import dev.quire.convert.liquid.LinkTags.TagException;
import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import dev.quire.model.Deferred;
import dev.quire.model.Document;
import dev.quire.model.Drops;
import dev.quire.model.Site;
import dev.quire.spi.TransformContext;
import dev.quire.spi.Transformer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.Template;
import liqp.exceptions.LiquidException;
import liqp.org.antlr.v4.runtime.ParserRuleContext;
import liqp.org.antlr.v4.runtime.Token;
import liqp.org.antlr.v4.runtime.tree.ParseTree;
import liquid.parser.v4.LiquidParser.Comment_tagContext;
import liquid.parser.v4.LiquidParser.File_name_or_outputContext;
import liquid.parser.v4.LiquidParser.Include_relative_tagContext;
import liquid.parser.v4.LiquidParser.Include_tagContext;
import liquid.parser.v4.LiquidParser.Jekyll_include_filenameContext;
import liquid.parser.v4.LiquidParser.Other_tagContext;
import liquid.parser.v4.LiquidParser.Other_tag_parametersContext;
import liquid.parser.v4.LiquidParser.Simple_tagContext;

/**
 * Runs Liquid in each document's content, as Jekyll does before Markdown, with {@code page} and
 * {@code site}. {@code render_with_liquid: false} in front matter turns it off.
 */
public final class LiquidTransformer implements Transformer {

    private static final Pattern LINE_INDEX = Pattern.compile("on line (\\d+), index (\\d+)");

    private final LiquidEngine engine;
    /** The {@code site} view of the last site seen: built once per build, shared by every document. */
    private Site viewedSite;
    private Map<String, Object> siteView;
    /** What {@code link} and {@code post_url} look up, for the last site seen. */
    private Site linkedSite;
    private SiteLinks links;

    @Inject
    public LiquidTransformer(LiquidEngine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return "liquid";
    }

    @Override
    public Phase phase() {
        return Phase.CONVERT;
    }

    @Override
    public Document transform(Document document, TransformContext context) {
        String content = document.content();
        LiquidRegion region = LiquidRegion.of(content);
        if (region == null || Boolean.FALSE.equals(document.data().get("render_with_liquid"))) {
            return document;
        }
        Map<String, Object> variables = new HashMap<>();
        // A generator's variables (paginator) are top-level, as in Jekyll; page and site win.
        Drops.globals(document, context.site()).forEach((name, value) ->
                variables.put(name, LiquidValues.inZone(value, context.site().config().zone())));
        variables.put("page", LiquidValues.inZone(Drops.page(document, context.site()), context.site().config().zone()));
        variables.put("site", siteView(context.site()));
        Template template = null;
        try {
            template = engine.parse(content.substring(region.start(), region.end()), document.source().absolute());
            LinkTags.checkPostUrlNames(template.getParseTree());
            LinkTags.State links = new LinkTags.State(siteLinks(context.site()));
            String rendered = template.renderUnguarded(variables, engine.renderContext(links), true);
            for (String name : links.deprecations()) {
                context.problems().warn(tagLocation(document, region, template, "post_url", name),
                        "A call to '{% post_url " + name + " %}' did not match a post using the new matching method"
                                + " of checking name (path-date-slug) equality. Please make sure that you change"
                                + " this tag to match the post's name exactly.",
                        "name the post by its path below _posts, its date and its slug");
            }
            return document.withContent(content.substring(0, region.start()) + rendered
                    + content.substring(region.end()));
        } catch (RuntimeException e) {
            Deferred.Failure deferred = Deferred.Failure.in(e);
            if (deferred != null) {
                throw deferred.problem(); // an excerpt this page printed failed in its own file
            }
            IncludeException include = outermostInclude(e);
            if (include != null) {
                throw includeFailed(document, region, template, include);
            }
            TagException tag = tagFailure(e);
            if (tag != null) {
                throw new QuireException(tagLocation(document, region, template, tag.tag(), tag.markup()),
                        "Liquid error: " + tag.getMessage(), switch (tag.tag()) {
                            case "post_url" -> "name an existing post: its folder below _posts, date and slug ({% post_url 2010-07-21-name %})";
                            case "highlight" -> "name the language, then options: {% highlight ruby linenos %}";
                            default -> "name the source path of a page, post or static file ({% link about.md %})";
                        }, tag);
            }
            if (e instanceof LiquidException liquid) {
                throw located(document, region, e.getMessage(), liquid.line, TagMarkup.originalColumn(
                        regionText(document, region), liquid.line, liquid.charPositionInLine), e);
            }
            Matcher m = LINE_INDEX.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                int line = Integer.parseInt(m.group(1));
                throw located(document, region, e.getMessage(), line, TagMarkup.originalColumn(
                        regionText(document, region), line, Integer.parseInt(m.group(2))), e);
            }
            throw new QuireException(document.source().location(document.bodyLine(), 0),
                    "Liquid error: " + e.getMessage(), "check the Liquid tags and filters in this file", e);
        }
    }

    private synchronized Map<String, Object> siteView(Site site) {
        if (viewedSite != site) {
            siteView = LiquidValues.inZone(Drops.site(site), site.config().zone());
            viewedSite = site;
        }
        return siteView;
    }

    private synchronized SiteLinks siteLinks(Site site) {
        if (linkedSite != site) {
            links = SiteLinks.of(site);
            linkedSite = site;
        }
        return links;
    }

    /** The failed {@code link} or {@code post_url} tag of the document, or {@code null}. */
    private static TagException tagFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TagException tag) {
                return tag;
            }
        }
        return null;
    }

    /**
     * Where the first {@code tag} with {@code markup} (stripped) is in the document, or the start
     * of its body when it is not found.
     */
    private static SourceLocation tagLocation(Document document, LiquidRegion region, Template template,
            String tag, String markup) {
        Deque<ParseTree> pending = new ArrayDeque<>();
        if (template != null) {
            pending.push(template.getParseTree());
        }
        while (!pending.isEmpty()) {
            ParseTree tree = pending.pop();
            // a tag ({% link %}) or the opening tag of a block ({% highlight %})
            if ((tree instanceof Simple_tagContext || tree instanceof Other_tagContext) && tree.getChildCount() > 1
                    && tree.getChild(1).getText().equals(tag)) {
                ParserRuleContext tagTree = (ParserRuleContext) tree;
                String found = null;
                for (int i = 2; i < tagTree.getChildCount(); i++) {
                    if (tagTree.getChild(i) instanceof Other_tag_parametersContext parameters) {
                        found = TagMarkup.decode(parameters.getText());
                        break;
                    }
                }
                if (markup == null || markup.equals(found == null ? "" : found)) {
                    return startOf(document, region, tagTree.getStart());
                }
            } else if (tree instanceof Comment_tagContext comment && "post_url".equals(tag) && markup != null
                    && LinkTags.commentHolds(comment.getText(), markup)) {
                return startOf(document, region, comment.getStart());
            }
            for (int i = tree.getChildCount() - 1; i >= 0; i--) {
                pending.push(tree.getChild(i));
            }
        }
        return document.source().location(document.bodyLine(), 1);
    }

    private static String regionText(Document document, LiquidRegion region) {
        return document.content().substring(region.start(), region.end());
    }

    /** Where the tag whose first token is {@code start} begins (its "{%", after whitespace the token holds). */
    private static SourceLocation startOf(Document document, LiquidRegion region, Token start) {
        String text = start.getText();
        int open = Math.max(0, text.indexOf("{%"));
        int regionLine = start.getLine();
        int column = start.getCharPositionInLine();
        for (int i = 0; i < open; i++) {
            if (text.charAt(i) == '\n') {
                regionLine++;
                column = 0;
            } else {
                column++;
            }
        }
        column = TagMarkup.originalColumn(document.content().substring(region.start(), region.end()), regionLine,
                column);
        return document.source().location(document.bodyLine() + region.line(regionLine) - 1,
                region.column(regionLine, column) + 1);
    }

    /** The include of the document that failed (the first in the chain: the others are nested in it). */
    private static IncludeException outermostInclude(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IncludeException include) {
                return include;
            }
        }
        return null;
    }

    /**
     * The error of a failed include, at its tag in the document. Its message names the include and
     * says why it failed; a line in it is a line of the included file, so it is kept.
     */
    private static QuireException includeFailed(Document document, LiquidRegion region, Template template,
            IncludeException include) {
        ParserRuleContext tag = template == null ? null : includeTag(template.getParseTree(), include);
        int line = document.bodyLine();
        int column = 1;
        if (tag != null) {
            int regionLine = tag.getStart().getLine();
            line = document.bodyLine() + region.line(regionLine) - 1;
            column = region.column(regionLine, tag.getStart().getCharPositionInLine()) + 1;
        }
        return new QuireException(document.source().location(line, column), "Liquid error: " + include.getMessage(),
                "check the name in the " + include.tag() + " tag and the file it names", include);
    }

    /**
     * The tag of the include that failed, in the parsed text. Liqp keeps no position in what it
     * renders, so it is found by name: the first tag of the same kind that names the file, else the
     * first whose name is computed ({@code {% include {{ page.box }} %}}), else the first of its
     * kind; {@code null} when there is none.
     */
    private static ParserRuleContext includeTag(ParseTree root, IncludeException include) {
        ParserRuleContext computed = null;
        ParserRuleContext first = null;
        Deque<ParseTree> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            ParseTree tree = pending.pop();
            ParserRuleContext tag = null;
            File_name_or_outputContext name = null;
            if (tree instanceof Include_tagContext t && include.tag().equals("include")) {
                tag = t;
                name = t.file_name_or_output();
            } else if (tree instanceof Include_relative_tagContext t && include.tag().equals("include_relative")) {
                tag = t;
                name = t.file_name_or_output();
            }
            if (tag != null) {
                boolean literal = name instanceof Jekyll_include_filenameContext;
                if (literal && name.getText().equals(include.fileName())) {
                    return tag;
                }
                computed = computed == null && name != null && !literal ? tag : computed;
                first = first == null ? tag : first;
            }
            for (int i = tree.getChildCount() - 1; i >= 0; i--) {
                pending.push(tree.getChild(i));
            }
        }
        return computed != null ? computed : first;
    }

    /**
     * A parse or render error at a position of the region (1-based line, 0-based column), explained
     * (which tag, what it should look like) and placed in the file.
     */
    private static QuireException located(Document document, LiquidRegion region, String message, int regionLine,
            int regionColumn, Exception cause) {
        String text = message == null ? "" : message.replaceFirst("^error on line \\d+, index \\d+: ", "")
                .replaceFirst(" on line \\d+, index \\d+$", "");
        LiquidSyntaxErrors.Explanation explained = LiquidSyntaxErrors.explain(regionText(document, region),
                Math.max(regionLine, 1), Math.max(regionColumn, 0), text,
                line -> document.bodyLine() + region.line(line) - 1);
        int fileLine = document.bodyLine() + region.line(explained.line()) - 1;
        int column = region.column(explained.line(), explained.column()) + 1;
        return new QuireException(document.source().location(fileLine, column), "Liquid error: " + explained.message(),
                explained.hint(), cause);
    }
}
