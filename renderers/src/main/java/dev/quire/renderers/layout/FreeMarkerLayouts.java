package dev.quire.renderers.layout;

import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import dev.quire.model.Layout;
import dev.quire.model.Site;
import dev.quire.spi.LayoutEngine;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quire's layout engine: FreeMarker ({@code _layouts/NAME.ftlh}, HTML auto-escaping on, also for
 * {@code .ftl}). A layout sees {@code content} (the inner HTML, not escaped), {@code page},
 * {@code site}, {@code layout}, the document's generator variables ({@code paginator}) and
 * Quire's helpers in {@code quire} ({@link FolderNavigation}).
 */
final class FreeMarkerLayouts implements LayoutEngine {

    @Override
    public Set<String> extensions() {
        return FreeMarkerSetup.EXTENSIONS;
    }

    @Override
    public Templates prepare(Context context) {
        Site site = context.site();
        Map<String, Object> siteView = context.siteView();
        Configuration configuration = FreeMarkerSetup.configure(site);
        Map<String, Object> helpers = Map.of("folder_nav", new FolderNavigation(siteView, configuration.getLocale()));
        return (layout, input) -> apply(layout, input, siteView, helpers, configuration);
    }

    private static String apply(Layout layout, Input input, Map<String, Object> siteView, Map<String, Object> helpers,
            Configuration configuration) {
        String document = input.document().source().path();
        try {
            Template template = configuration.getTemplate(layout.source().path());
            // A generator's variables (paginator) beside page and site, which win over them.
            Map<String, Object> model = new HashMap<>(input.globals());
            model.put("content", HTMLOutputFormat.INSTANCE.fromMarkup(input.content()));
            model.put("page", input.page());
            model.put("site", siteView);
            model.put("layout", input.layoutData());
            model.put("quire", helpers);
            StringWriter out = new StringWriter(input.content().length() + 4096);
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw syntaxError(e, layout, configuration, document);
        } catch (TemplateException e) {
            // A syntax error in an included template: name the include, not the line that includes it.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ParseException parse) {
                    throw syntaxError(parse, layout, configuration, document);
                }
            }
            throw new TemplateFailure(new TemplateFailure.Error(new SourceLocation(
                    templateFile(e.getTemplateSourceName(), layout, configuration),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber()), false, firstLine(e.getMessageWithoutStackTop())),
                    document, e);
        } catch (IOException e) {
            throw new QuireException(layout.source().location(), "cannot read template: " + e.getMessage(),
                    "check the includes this layout names", e);
        }
    }

    private static QuireException syntaxError(ParseException e, Layout layout, Configuration configuration,
            String document) {
        return new TemplateFailure(new TemplateFailure.Error(new SourceLocation(templateFile(e.getTemplateName(),
                layout, configuration), e.getLineNumber(), e.getColumnNumber()), true, firstLine(e.getEditorMessage())),
                document, e);
    }

    /** The file the error is in, as messages name it (a theme's template is marked as such). */
    private static String templateFile(String name, Layout layout, Configuration configuration) {
        if (name == null || name.isEmpty()) {
            return layout.source().displayPath();
        }
        return configuration.getTemplateLoader() instanceof SiteTemplateLoader loader ? loader.displayName(name) : name;
    }

    /**
     * The first line of FreeMarker's message; when that line ends with a colon and the next one
     * shows the failing expression ({@code ==> page.subtitle  [in template ...]}), the expression is
     * kept too, since the first line alone does not say what was missing.
     */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        List<String> lines = new ArrayList<>(List.of(message.strip().split("\\R")));
        if (lines.isEmpty()) {
            return "";
        }
        String first = lines.get(0);
        if (first.endsWith(":") && lines.size() > 1 && lines.get(1).startsWith("==> ")) {
            String expression = lines.get(1).substring(4);
            int where = expression.indexOf("  [in template");
            return first + " " + (where < 0 ? expression : expression.substring(0, where)).strip();
        }
        return first;
    }
}
