package dev.quire.convert.liquid;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import liqp.Template;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.org.antlr.v4.runtime.tree.ParseTree;
import liqp.tags.Tag;
import liquid.parser.v4.LiquidParser.Comment_tagContext;
import liquid.parser.v4.LiquidParser.Other_tag_parametersContext;
import liquid.parser.v4.LiquidParser.Simple_tagContext;

/**
 * Jekyll 4.3's {@code {% post_url %}} and {@code {% link %}} ({@code Jekyll::Tags::PostUrl} and
 * {@code Jekyll::Tags::Link}): the URL of a post or of a file of the site, with the base URL (both
 * apply {@code relative_url}). They read the site from the render's {@link State}, which
 * {@link LiquidTransformer} puts in the registry of each document's render.
 */
final class LinkTags {

    /** The registry (and the key in it) holding the {@link State} of a render. */
    static final String REGISTRY = "quire";
    static final String STATE = "links";

    private LinkTags() {
    }

    /** What the tags of one document's render use, and the deprecations they reported. */
    static final class State {

        private final SiteLinks links;
        private final List<String> deprecations = new ArrayList<>();

        State(SiteLinks links) {
            this.links = links;
        }

        /** The {@code post_url} names that matched only by Jekyll's deprecated rule, in order. */
        List<String> deprecations() {
            return deprecations;
        }
    }

    /** A tag that failed: its name, its markup (stripped; {@code null} until known), and Jekyll's message. */
    static final class TagException extends RuntimeException {

        private final String tag;
        private final String markup;

        TagException(String tag, String message) {
            this(tag, null, message);
        }

        private TagException(String tag, String markup, String message) {
            super(message);
            this.tag = tag;
            this.markup = markup;
        }

        TagException withMarkup(String newMarkup) {
            TagException located = new TagException(tag, newMarkup, getMessage());
            located.setStackTrace(getStackTrace());
            return located;
        }

        String tag() {
            return tag;
        }

        String markup() {
            return markup;
        }
    }

    static Tag postUrl() {
        return new Tag("post_url") {
            @Override
            public Object render(TemplateContext context, LNode... nodes) {
                String markup = TagMarkup.of(context, nodes);
                try {
                    return postUrl(state(context, getName()), markup);
                } catch (TagException e) {
                    throw e.withMarkup(markup);
                }
            }
        };
    }

    static Tag link() {
        return new Tag("link") {
            @Override
            public Object render(TemplateContext context, LNode... nodes) {
                String markup = TagMarkup.of(context, nodes);
                try {
                    return link(state(context, getName()), markup, context);
                } catch (TagException e) {
                    throw e.withMarkup(markup);
                }
            }
        };
    }

    private static String link(State state, String markup, TemplateContext context) {
        // Jekyll renders the markup as a template of its own, in the same context
        String path = markup;
        if (markup.contains("{{") || markup.contains("{%")) {
            Template template = context.getParser().parse(markup);
            path = template.renderUnguarded(new HashMap<>(), context, false);
        }
        String url = state.links.urlOf(path);
        if (url == null) {
            throw new TagException("link", "Could not find document '" + path
                    + "' in tag 'link'. Make sure the document exists and the path is correct.");
        }
        return state.links.relative(url);
    }

    private static State state(TemplateContext context, String tag) {
        Map<String, Object> registry = context.getRegistry(REGISTRY);
        if (registry.get(STATE) instanceof State state) {
            return state;
        }
        throw new TagException(tag, "the " + tag + " tag needs the site: it is only available in a document");
    }

    // Jekyll::Tags::PostComparer::MATCHER
    private static final Pattern NAME = Pattern.compile("^(.+/)*(\\d+-\\d+-\\d+)-(.*)$");
    private static final Pattern DATE = Pattern.compile("(\\d+)-(\\d+)-(\\d+)");

    /**
     * Fails on the first {@code post_url} tag of a parsed template whose name has no date and
     * slug, as Jekyll does when it parses the template (also in a branch not taken, or a comment).
     */
    static void checkPostUrlNames(ParseTree root) {
        Deque<ParseTree> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            ParseTree tree = pending.pop();
            if (tree instanceof Simple_tagContext tag && tag.getChildCount() > 1
                    && tag.getChild(1).getText().equals("post_url")) {
                String markup = "";
                for (int i = 2; i < tag.getChildCount(); i++) {
                    if (tag.getChild(i) instanceof Other_tag_parametersContext parameters) {
                        String decoded = TagMarkup.decode(parameters.getText());
                        markup = decoded != null ? decoded : TagMarkup.rubyStrip(parameters.getText());
                    }
                }
                checkName(markup);
            } else if (tree instanceof Comment_tagContext comment) {
                // Liquid parses the tags in a comment too; Liqp keeps its text
                Matcher m = COMMENTED_POST_URL.matcher(comment.getText());
                while (m.find()) {
                    String decoded = m.group(1) == null ? null : TagMarkup.decode(m.group(1));
                    checkName(decoded == null ? "" : decoded);
                }
            }
            for (int i = tree.getChildCount() - 1; i >= 0; i--) {
                pending.push(tree.getChild(i));
            }
        }
    }

    private static final Pattern COMMENTED_POST_URL =
            Pattern.compile("\\{%-?\\s*post_url(?!\\w)\\s*(\"quire-markup:[0-9a-f]*\")?");

    /** Whether the text of a comment holds a {@code post_url} tag with {@code markup} (stripped). */
    static boolean commentHolds(String commentText, String markup) {
        Matcher m = COMMENTED_POST_URL.matcher(commentText);
        while (m.find()) {
            String decoded = m.group(1) == null ? null : TagMarkup.decode(m.group(1));
            if ((decoded == null ? "" : decoded).equals(markup)) {
                return true;
            }
        }
        return false;
    }

    private static void checkName(String markup) {
        try {
            parseName(markup);
        } catch (TagException e) {
            throw e.withMarkup(markup);
        }
    }

    private static Matcher parseName(String name) {
        Matcher m = NAME.matcher(name.startsWith("/") ? name.substring(1) : name);
        if (!m.find()) {
            throw new TagException("post_url", "Could not parse name of post \"" + name
                    + "\" in tag 'post_url'. Make sure the post exists and the name is correct."
                    + " Jekyll::Errors::InvalidPostNameError: '" + name + "' does not contain valid date and/or title.");
        }
        return m;
    }

    static String postUrl(State state, String name) {
        Matcher m = parseName(name);
        String path = m.group(1) == null ? "" : m.group(1);
        String date = m.group(2);
        String slug = m.group(3);
        // as Jekyll builds it: the folder part is not escaped
        String basename = date + "-" + Pattern.quote(slug) + "\\.[^.]+";
        Pattern exact;
        try {
            exact = Pattern.compile("^_posts/" + path + basename + "|^" + path + "_posts/?" + basename);
        } catch (PatternSyntaxException e) {
            String quoted = Pattern.quote(path);
            exact = Pattern.compile("^_posts/" + quoted + basename + "|^" + quoted + "_posts/?" + basename);
        }
        for (SiteLinks.Post post : state.links.posts()) {
            if (exact.matcher(post.relativePath()).find()) {
                return state.links.relative(post.url());
            }
        }
        // the deprecated rule: same slug and same day, wherever the post is
        LocalDate day = null;
        for (SiteLinks.Post post : state.links.posts()) {
            if (day == null) {
                day = rubyDate(date);
            }
            ZonedDateTime postDate = post.date();
            if (slug.equals(post.slug()) && postDate != null && postDate.toLocalDate().equals(day)) {
                state.deprecations.add(name);
                return state.links.relative(post.url());
            }
        }
        throw new TagException("post_url", "Could not find post \"" + name
                + "\" in tag 'post_url'. Make sure the post exists and the name is correct.");
    }

    /**
     * The day Ruby's {@code Time.parse} reads from {@code y-m-d}: a two-digit year is in 1969–2068,
     * a month must be 1–12 and a day 1–31, and a day past the end of the month runs into the next.
     */
    static LocalDate rubyDate(String date) {
        Matcher m = DATE.matcher(date);
        try {
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                int day = Integer.parseInt(m.group(3));
                if (m.group(1).length() <= 2) {
                    year += year >= 69 ? 1900 : 2000;
                }
                if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                    return LocalDate.of(year, month, 1).plusDays(day - 1L);
                }
            }
        } catch (RuntimeException e) {
            // out of range: as Ruby, an invalid date
        }
        throw new TagException("post_url", "Invalid date '" + date + "': '" + date
                + "' does not contain valid date and/or title.");
    }
}
