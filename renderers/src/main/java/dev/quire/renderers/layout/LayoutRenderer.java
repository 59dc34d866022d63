package dev.quire.renderers.layout;

import dev.quire.error.Problem;
import dev.quire.error.Problems;
import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import dev.quire.model.Deferred;
import dev.quire.model.Document;
import dev.quire.model.Drops;
import dev.quire.model.Layout;
import dev.quire.model.Site;
import dev.quire.spi.RenderContext;
import dev.quire.spi.Renderer;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Writes every document, wrapped in its layout chain: the document's {@code layout}, then that
 * layout's own {@code layout}, and so on outwards, as Jekyll does. Layouts are FreeMarker
 * templates ({@code _layouts/NAME.ftlh}, HTML auto-escaping on) that see {@code content} (the inner
 * HTML, not escaped), {@code page}, {@code site} and {@code layout}, the variables a generator gave
 * the document ({@code paginator}), and Quire's helpers in {@code quire} ({@link FolderNavigation}). A missing layout is a warning
 * and the document is written without it, as in Jekyll.
 */
public final class LayoutRenderer implements Renderer {

    @Override
    public String name() {
        return "layouts";
    }

    @Override
    public void render(RenderContext context) {
        Site site = context.site();
        Configuration configuration = LayoutEngine.configure(site);
        Map<String, Object> siteView = Drops.site(site);
        Map<String, Object> helpers = Map.of("folder_nav", new FolderNavigation(siteView, configuration.getLocale()));
        Map<TemplateError, Set<String>> failures = new ConcurrentHashMap<>();
        site.outputDocuments().parallelStream().forEach(document -> {
            try {
                // Through writeDocument: an incremental build keeps the page when nothing it read changed.
                context.writeDocument(document, document.route().outputPath(),
                        problems -> wrap(document, site, configuration, siteView, helpers, problems));
            } catch (TemplateFailure e) {
                failures.computeIfAbsent(e.error, error -> new ConcurrentSkipListSet<>()).add(e.document);
            } catch (QuireException e) {
                Deferred.Failure deferred = Deferred.Failure.in(e);
                context.problems().report(deferred != null ? deferred.problem().problem() : e.problem());
            } catch (Exception e) {
                context.problems().error(document.source().location(), "the layout renderer failed on this document: "
                        + e, "a bug in Quire, or input it cannot handle; please report it with this file");
            }
        });
        // A broken layout fails on every page it lays out: one error for it, not one per page.
        failures.entrySet().stream().map(failure -> failure.getKey().problem(documents(failure.getValue())))
                .sorted(Problem.BY_LOCATION).forEach(context.problems()::report);
    }

    /** The first document by path, and how many others: {@code a.md and 3 other documents}. */
    private static String documents(Set<String> paths) {
        String first = paths.iterator().next();
        int others = paths.size() - 1;
        return others == 0 ? first : first + " and " + others + " other document" + (others == 1 ? "" : "s");
    }

    /**
     * What went wrong in a template, whichever document it was laying out.
     *
     * @param syntax whether the template does not parse (else it failed while running)
     */
    private record TemplateError(SourceLocation location, boolean syntax, String detail) {

        Problem problem(String documents) {
            return syntax
                    ? Problem.error(location, "FreeMarker syntax error: " + detail,
                            "fix the template; it was being used for " + documents)
                    : Problem.error(location, "FreeMarker error while rendering " + documents + ": " + detail,
                            "use ${value!} or <#if value??> for values that may be missing");
        }
    }

    /** A template's error on one document; {@link #render} reports each error once, with its documents. */
    private static final class TemplateFailure extends QuireException {

        private final transient TemplateError error;
        private final String document;

        TemplateFailure(TemplateError error, String document, Throwable cause) {
            this(error, document, error.problem(document), cause);
        }

        private TemplateFailure(TemplateError error, String document, Problem problem, Throwable cause) {
            super(problem.location(), problem.message(), problem.hint(), cause);
            this.error = error;
            this.document = document;
        }
    }

    private static String wrap(Document document, Site site, Configuration configuration, Map<String, Object> siteView,
            Map<String, Object> helpers, Problems problems) {
        String content = document.content();
        Map<String, Object> page = Drops.page(document, site);
        Map<String, Object> globals = Drops.globals(document, site);
        Set<String> seen = new LinkedHashSet<>();
        String name = document.layout();
        while (name != null) {
            Layout layout = site.layouts().get(name);
            if (layout == null) {
                // Named by the document, or by the layout it was wrapped in last, as Jekyll says.
                String requester = seen.isEmpty() ? document.source().displayPath()
                        : site.layouts().get(List.copyOf(seen).get(seen.size() - 1)).source().displayPath();
                problems.warn(document.source().location(), "Build Warning: Layout '" + name + "' requested in "
                        + requester + " does not exist.", "create _layouts/" + name + ".ftlh or change 'layout:'");
                return content;
            }
            if (!LayoutEngine.EXTENSIONS.contains(layout.extension())) {
                problems.warn(document.source().location(), "layout '" + name + "' (" + layout.source().displayPath()
                        + ") is not a FreeMarker layout; the document is written without it",
                        "rewrite it as _layouts/" + name + ".ftlh");
                return content;
            }
            if (!seen.add(name)) {
                throw new QuireException(layout.source().location(), "layouts wrap each other in a loop: "
                        + String.join(" -> ", seen) + " -> " + name, "remove 'layout:' from one of these layouts");
            }
            content = apply(layout, content, page, globals, siteView, helpers, configuration, document);
            name = layout.parent();
        }
        return content;
    }

    private static String apply(Layout layout, String content, Map<String, Object> page, Map<String, Object> globals,
            Map<String, Object> siteView, Map<String, Object> helpers, Configuration configuration, Document document) {
        try {
            Template template = configuration.getTemplate(layout.source().path());
            // A generator's variables (paginator) beside page and site, which win over them.
            Map<String, Object> model = new HashMap<>(globals);
            model.put("content", HTMLOutputFormat.INSTANCE.fromMarkup(content));
            model.put("page", page);
            model.put("site", siteView);
            model.put("layout", layout.frontMatter());
            model.put("quire", helpers);
            StringWriter out = new StringWriter(content.length() + 4096);
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
            throw new TemplateFailure(new TemplateError(new SourceLocation(
                    templateFile(e.getTemplateSourceName(), layout, configuration),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber()), false, firstLine(e.getMessageWithoutStackTop())),
                    document.source().path(), e);
        } catch (IOException e) {
            throw new QuireException(layout.source().location(), "cannot read template: " + e.getMessage(),
                    "check the includes this layout names", e);
        }
    }

    private static QuireException syntaxError(ParseException e, Layout layout, Configuration configuration,
            Document document) {
        return new TemplateFailure(new TemplateError(new SourceLocation(templateFile(e.getTemplateName(), layout,
                configuration), e.getLineNumber(), e.getColumnNumber()), true, firstLine(e.getEditorMessage())),
                document.source().path(), e);
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
