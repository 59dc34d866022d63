package dev.quire.convert.liquid;

import com.google.inject.Inject;
import dev.quire.error.QuireException;
import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.spi.TransformContext;
import dev.quire.spi.Transformer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.quire.model.Drops;
import liqp.exceptions.LiquidException;

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
        variables.put("page", Drops.page(document));
        variables.put("site", siteView(context.site()));
        try {
            String rendered = engine.parse(content.substring(region.start(), region.end())).render(variables);
            return document.withContent(content.substring(0, region.start()) + rendered
                    + content.substring(region.end()));
        } catch (LiquidException e) {
            throw located(document, e.getMessage(), region.line(e.line), region.column(e.line, e.charPositionInLine), e);
        } catch (RuntimeException e) {
            Matcher m = LINE_INDEX.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                int line = Integer.parseInt(m.group(1));
                throw located(document, e.getMessage(), region.line(line),
                        region.column(line, Integer.parseInt(m.group(2))), e);
            }
            throw new QuireException(document.source().location(document.bodyLine(), 0),
                    "Liquid error: " + e.getMessage(), "check the Liquid tags and filters in this file", e);
        }
    }

    private synchronized Map<String, Object> siteView(Site site) {
        if (viewedSite != site) {
            siteView = Drops.site(site);
            viewedSite = site;
        }
        return siteView;
    }

    private static QuireException located(Document document, String message, int line, int index, Exception cause) {
        int fileLine = line > 0 ? document.bodyLine() + line - 1 : document.bodyLine();
        String text = message == null ? "" : message.replaceFirst("^error on line \\d+, index \\d+: ", "")
                .replaceFirst(" on line \\d+, index \\d+$", "");
        return new QuireException(document.source().location(fileLine, index + 1), "Liquid error: " + text,
                "check the Liquid syntax here: tags are {% name %}, outputs {{ value | filter }}", cause);
    }
}
